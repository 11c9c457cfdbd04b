using Finsam.Budget.Domain;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Grpc;

public sealed partial class BudgetService
{
    private const int Whole = 10_000;

    public override async Task<Contract.RollUpResponse> RollUp(Contract.RollUpRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.AddWhen(request.Year < 2004 || request.Year > LastYear, "year", ViolationReason.OutOfRange, $"The year must be between 2004 and {LastYear}.");
        violations.AddWhen(!Enum.IsDefined(request.SortBy), "sort_by", ViolationReason.InvalidValue, "Unknown order.");
        violations.ThrowIfAny();

        var ct = context.CancellationToken;
        var budgets = await db.Budgets.AsNoTracking().Where(b => b.FirstYear == request.Year).OrderBy(b => b.FederationId).ToListAsync(ct);
        var rows = new List<Contract.FederationRollUp>();
        foreach (var entity in budgets)
        {
            Contract.Budget budget;
            BudgetInput input;
            try
            {
                (budget, input) = await InputAsync(entity, ct);
            }
            catch (RpcException incomplete) when (incomplete.StatusCode == StatusCode.FailedPrecondition)
            {
                rows.Add(new Contract.FederationRollUp
                {
                    Budget = $"federations/{entity.FederationId}/budgets/{entity.FirstYear}",
                    Version = entity.Version,
                    Problem = incomplete.Status.Detail,
                });
                continue;
            }
            var all = BudgetEngine.Compute(input);
            var figures = all.Year(request.Year);
            var goals = FinancialGoals.Evaluate(all, request.Year, input.IndividualEffortsOre, await GoalRulesAsync(entity.FederationId, ct));
            rows.Add(new Contract.FederationRollUp
            {
                Budget = budget.Name,
                Version = budget.Version,
                Status = budget.Status,
                ContributionsOre = figures.ContributionsOre,
                CostsOre = figures.CostsOre,
                ResultOre = figures.ResultOre,
                EquityOre = figures.Balance.EquityOre,
                EquityShareBasisPoints = Share(figures.Balance.EquityOre, figures.ContributionsOre),
                IndividualShareBasisPoints = Share(input.IndividualEffortsOre.GetValueOrDefault(request.Year), figures.ContributionsOre),
                GoalsNotMet = goals.Count(g => g.Status == GoalStatus.NotMet),
            });
        }

        IEnumerable<Contract.FederationRollUp> sorted = request.SortBy switch
        {
            Contract.RollUpSort.Contributions => rows.OrderByDescending(r => r.ContributionsOre),
            Contract.RollUpSort.EquityShare => rows.OrderByDescending(r => r.EquityShareBasisPoints),
            Contract.RollUpSort.IndividualShare => rows.OrderByDescending(r => r.IndividualShareBasisPoints),
            Contract.RollUpSort.GoalsNotMet => rows.OrderByDescending(r => r.GoalsNotMet),
            _ => rows,
        };
        var response = new Contract.RollUpResponse
        {
            Year = request.Year,
            // Totals of the budgets that could be computed.
            ContributionsOre = rows.Sum(r => r.ContributionsOre),
            CostsOre = rows.Sum(r => r.CostsOre),
            ResultOre = rows.Sum(r => r.ResultOre),
            EquityOre = rows.Sum(r => r.EquityOre),
        };
        // LINQ's ordering is stable: ties keep the federations' order.
        response.Federations.AddRange(sorted);
        return response;
    }

    private static int Share(long part, long whole) =>
        whole == 0 ? 0 : (int)Int128.Clamp((Int128)part * Whole / whole, int.MinValue, int.MaxValue);
}
