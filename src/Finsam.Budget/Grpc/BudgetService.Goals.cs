using Finsam.Budget.Validation;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Grpc;

// The board's financial goals, which ComputeBudget and RollUp evaluate.
public sealed partial class BudgetService
{
    // A full replace: every goal as given.
    public override async Task<Contract.FinancialGoals> SetFinancialGoals(Contract.SetFinancialGoalsRequest request, ServerCallContext context)
    {
        var given = FinancialGoalsValidator.Validate(request, years);
        var federation = context.FederationId();
        await otherServices.RequireFederationAsync(federation, context.CancellationToken);
        return await goals.SetAsync(context, federation, given);
    }

    public override Task<Contract.FinancialGoals> GetFinancialGoals(Contract.GetFinancialGoalsRequest request, ServerCallContext context)
    {
        Names.FinancialGoals.Parse(request.Name, "name");
        return goals.GetAsync(context.FederationId(), context.CancellationToken);
    }
}
