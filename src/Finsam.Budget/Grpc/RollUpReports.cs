using Finsam.Budget.Domain;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Grpc;

// Each federation's budget as one row of the regional roll-up, and the rows together.
public static class RollUpReports
{
    private const int Whole = 10_000;

    public static Contract.FederationRollUp Row(Contract.Budget budget, BudgetInput input, IReadOnlyList<GoalRule> rules, int year)
    {
        var all = BudgetEngine.Compute(input);
        var figures = all.Year(year);
        var goals = FinancialGoals.Evaluate(all, input.IndividualEffortsOre, rules).Where(g => g.Year == year).ToList();
        return new Contract.FederationRollUp
        {
            Budget = budget.Name,
            Version = budget.Version,
            Status = budget.Status,
            ContributionsOre = figures.ContributionsOre,
            CostsOre = figures.CostsOre,
            ResultOre = figures.ResultOre,
            EquityOre = figures.Balance.EquityOre,
            EquityShareBasisPoints = Share(figures.Balance.EquityOre, figures.ContributionsOre),
            IndividualShareBasisPoints = Share(input.IndividualEffortsOre.GetValueOrDefault(year), figures.ContributionsOre),
            GoalsNotMet = goals.Count(g => g.Status == GoalStatus.NotMet),
        };
    }

    // A budget that could not be computed is named with the reason, its figures left empty
    // rather than guessed.
    public static Contract.FederationRollUp Problem(Contract.Budget budget, string problem) => new()
    {
        Budget = budget.Name,
        Version = budget.Version,
        Problem = problem,
    };

    public static Contract.RollUpResponse Response(int year, IReadOnlyList<Contract.FederationRollUp> rows, Contract.RollUpSort sortBy)
    {
        IEnumerable<Contract.FederationRollUp> sorted = sortBy switch
        {
            Contract.RollUpSort.Contributions => rows.OrderByDescending(r => r.ContributionsOre),
            Contract.RollUpSort.EquityShare => rows.OrderByDescending(r => r.EquityShareBasisPoints),
            Contract.RollUpSort.IndividualShare => rows.OrderByDescending(r => r.IndividualShareBasisPoints),
            Contract.RollUpSort.GoalsNotMet => rows.OrderByDescending(r => r.GoalsNotMet),
            _ => rows,
        };
        var response = new Contract.RollUpResponse
        {
            Year = year,
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
