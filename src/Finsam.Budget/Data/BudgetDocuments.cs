using System.Globalization;
using Finsam.Budget.Domain;
using Google.Protobuf;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Data;

// A stored budget as the contract shows it, and what of a budget is stored as its document.
public static class BudgetDocuments
{
    public static Contract.Budget ToContract(BudgetEntity entity)
    {
        var budget = Parse(entity);
        budget.Name = Names.Budget.Format(entity.FederationId, entity.FirstYear);
        budget.FirstYear = entity.FirstYear;
        budget.Status = ToContract(entity.Status);
        budget.Version = entity.Version;
        budget.Etag = entity.RowVersion.ToString(CultureInfo.InvariantCulture);
        return budget;
    }

    public static Contract.BudgetStatus ToContract(BudgetStatus status) => status switch
    {
        BudgetStatus.Adopted => Contract.BudgetStatus.Adopted,
        BudgetStatus.Proposed => Contract.BudgetStatus.Proposed,
        _ => Contract.BudgetStatus.Draft,
    };

    public static Contract.Budget Parse(BudgetEntity entity) => Normalized(Contract.Budget.Parser.ParseJson(entity.DocumentJson));

    // A budget entered without a plan length, or stored before there was one, covers three years.
    public static Contract.Budget Normalized(Contract.Budget budget)
    {
        if (budget.PlanYears == 0)
        {
            budget.PlanYears = BudgetInput.MostPlanYears;
        }
        return budget;
    }

    // Only what the federation enters is kept in the document: name, state, version and
    // adoption are the service's, in columns of their own or in the adopted copy.
    public static string Entered(Contract.Budget budget)
    {
        var entered = budget.Clone();
        entered.Name = "";
        entered.Status = Contract.BudgetStatus.Unspecified;
        entered.Version = 0;
        entered.AdoptedOn = "";
        entered.ReferenceNumber = "";
        entered.Etag = "";
        return JsonFormatter.Default.Format(entered);
    }
}
