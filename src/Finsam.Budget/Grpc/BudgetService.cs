using Finsam.Budget.Data;
using Finsam.Budget.Dependencies;
using Finsam.Budget.Domain;
using Finsam.Budget.Reuse;
using Finsam.Budget.Validation;
using Finsam.Contracts.Common.V1;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Resources;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Grpc;

// The budget service's handlers: each parses and validates its request (Validation/), calls
// the domain (Domain/), the stores (Data/) and the other services (Dependencies/), and maps
// to the contract. By concern: here the budget itself; its life in .Lifecycle, the figures
// in .Compute (an unsaved edit's in .Draft), the region's view in .RollUp, the board's goals
// in .Goals, the year's actuals in .Actuals and its follow-up in .FollowUp.
public sealed partial class BudgetService(
    BudgetStore budgets,
    FinancialGoalsStore goals,
    YearActualsStore actuals,
    ActualsMappingStore mappings,
    SavedForecastStore forecasts,
    YearClosingStore closings,
    AuditTrailStore auditTrail,
    OtherServices otherServices,
    ComputedReports reports,
    PlanYears years,
    ILogger<BudgetService> logger)
    : Contract.BudgetService.BudgetServiceBase
{
    public override Task<ListAuditRecordsResponse> ListAuditRecords(ListAuditRecordsRequest request, ServerCallContext context) =>
        auditTrail.ListAsync(context.Federation(), request, context.CancellationToken);

    public override async Task<Contract.Budget> CreateBudget(Contract.CreateBudgetRequest request, ServerCallContext context)
    {
        BudgetValidator.ValidateCreate(request, years);
        var federation = context.FederationId();
        await otherServices.RequireFederationAsync(federation, context.CancellationToken);
        return await budgets.CreateAsync(context, federation, request.Budget);
    }

    public override Task<Contract.Budget> GetBudget(Contract.GetBudgetRequest request, ServerCallContext context)
    {
        var year = Names.Budget.Parse(request.Name, "name").Year;
        return budgets.GetAsync(context.FederationId(), year, context.CancellationToken);
    }

    // The mask's fields replace what is stored (all of them without a mask); a draft or
    // proposal only, judged whole after the change.
    public override Task<Contract.Budget> UpdateBudget(Contract.UpdateBudgetRequest request, ServerCallContext context)
    {
        FieldViolations.ThrowWhen(request.Budget is null, "budget", ViolationReason.Required, "Required.");
        var name = Names.Budget.Parse(request.Budget!.Name, "budget.name");
        return budgets.UpdateAsync(context, context.FederationId(), name.Year, request.Budget, request.UpdateMask,
            (status, proposed, violations) => ValidateEdit(name.Name, status, proposed, violations));
    }

    // An edit of a stored budget, saved (UpdateBudget) or not (ComputeBudgetDraft): a draft or
    // proposal only, the budget judged whole as it would be after the edit.
    private void ValidateEdit(string name, BudgetStatus status, Contract.Budget proposed, FieldViolations violations)
    {
        ThrowIfRefused(name, BudgetTransitions.WhyNotEdited(status));
        BudgetValidator.Validate(proposed, "budget", years, violations);
    }
}
