using Finsam.Budget.Dependencies;
using Finsam.Budget.Validation;
using Finsam.ServiceKit.Resources;
using Grpc.Core;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Grpc;

// Every federation's budget for a year side by side, for regional administrators.
public sealed partial class BudgetService
{
    public override async Task<Contract.RollUpResponse> RollUp(Contract.RollUpRequest request, ServerCallContext context)
    {
        RollUpValidator.Validate(request, years);
        var ct = context.CancellationToken;
        var all = await budgets.OfYearAsync(request.Year, ct);
        var goalsOf = await goals.OfFederationsAsync(all.Select(b => FederationOf(b.Budget)).ToList(), ct);
        // An adopted budget counts with the figures it was adopted on; the others ask funding
        // and grants, once each for all budgets of the same years.
        var today = new Dictionary<string, FiguresOrProblem>();
        var toAsk = all.Where(b => b.AdoptedInputs is null)
            .GroupBy(b => b.Budget.PlanYears)
            .SelectMany(sameYears => sameYears.Chunk(FederationBatch.MaxFederations).Select(batch => (PlanYears: sameYears.Key, Budgets: batch)));
        foreach (var (planYears, batch) in toAsk)
        {
            var asked = await otherServices.FiguresOfManyAsync(
                batch.Select(b => FederationOf(b.Budget)).ToList(), request.Year, request.Year + planYears - 1, ct);
            foreach (var (federation, answer) in asked)
            {
                today[federation] = answer;
            }
        }
        var rows = all.Select(stored =>
        {
            var (budget, adoptedInputs) = stored;
            var federation = FederationOf(budget);
            var rules = goalsOf.TryGetValue(federation, out var set) ? BudgetInputs.Rules(set) : [];
            var (figures, problem) = adoptedInputs is not null ? new FiguresOrProblem(adoptedInputs, null) : today[federation];
            try
            {
                return figures is null
                    ? RollUpReports.Problem(budget, problem!)
                    : RollUpReports.Row(budget, BudgetInputs.From(budget, figures), rules, request.Year);
            }
            catch (RpcException incomplete) when (incomplete.StatusCode == StatusCode.FailedPrecondition)
            {
                return RollUpReports.Problem(budget, incomplete.Status.Detail);
            }
        }).ToList();
        return RollUpReports.Response(request.Year, rows, request.SortBy);
    }

    private static string FederationOf(Contract.Budget budget) => Names.Budget.Parse(budget.Name, "budget").Federation;
}
