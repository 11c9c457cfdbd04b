using Finsam.Budget.Dependencies;
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
        var federations = all.Select(b => Names.Budget.Parse(b.Name, "budget").Federation).ToList();
        var goalsOf = await goals.OfFederationsAsync(federations, ct);

        // Each row in its federation's place, whichever finishes first.
        var rows = new Contract.FederationRollUp[all.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, all.Count), new ParallelOptions { MaxDegreeOfParallelism = FederationsAtOnce, CancellationToken = ct },
            async (i, token) =>
            {
                var budget = all[i];
                ExternalFigures figures;
                try
                {
                    figures = await otherServices.FiguresAsync(federations[i], budget.FirstYear, token);
                }
                catch (RpcException incomplete) when (incomplete.StatusCode == StatusCode.FailedPrecondition)
                {
                    rows[i] = RollUpReports.Problem(budget, incomplete.Status.Detail);
                    return;
                }
                var rules = goalsOf.TryGetValue(federations[i], out var set) ? BudgetInputs.Rules(set) : [];
                rows[i] = RollUpReports.Row(budget, BudgetInputs.From(budget, figures), rules, request.Year);
            });
        return RollUpReports.Response(request.Year, rows, request.SortBy);
    }
}
