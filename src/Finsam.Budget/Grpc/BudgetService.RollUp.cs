using Finsam.Budget.Validation;
using Grpc.Core;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Grpc;

// Every federation's budget for a year side by side, for regional administrators.
public sealed partial class BudgetService
{
    // Federations asked about at once: enough to hide the other services' latency, few
    // enough not to flood them (each federation is one call to funding and one to grants).
    private const int FederationsAtOnce = 8;

    public override async Task<Contract.RollUpResponse> RollUp(Contract.RollUpRequest request, ServerCallContext context)
    {
        RollUpValidator.Validate(request, years);
        var ct = context.CancellationToken;
        var all = await budgets.OfYearAsync(request.Year, ct);
        var goalsOf = await goals.OfFederationsAsync(all.Select(b => FederationOf(b.Budget)).ToList(), ct);
        var rows = await Concurrently.SelectAsync(all, FederationsAtOnce, async (stored, token) =>
        {
            var (budget, adoptedInputs) = stored;
            var federation = FederationOf(budget);
            var rules = goalsOf.TryGetValue(federation, out var set) ? BudgetInputs.Rules(set) : [];
            try
            {
                // An adopted budget counts with the figures it was adopted on.
                var figures = adoptedInputs ?? await otherServices.FiguresAsync(federation, budget, token);
                return RollUpReports.Row(budget, BudgetInputs.From(budget, figures), rules, request.Year);
            }
            catch (RpcException incomplete) when (incomplete.StatusCode == StatusCode.FailedPrecondition)
            {
                return RollUpReports.Problem(budget, incomplete.Status.Detail);
            }
        }, ct);
        return RollUpReports.Response(request.Year, rows, request.SortBy);
    }

    private static string FederationOf(Contract.Budget budget) => Names.Budget.Parse(budget.Name, "budget").Federation;
}
