using Finsam.Budget.Domain;

namespace Finsam.Budget.Tests.Domain;

// Goals are evaluated for every year of the plan; a goal can name its year.
public sealed class FinancialGoalsPerYearTests
{
    // Contributions 1 000 a year; costs 900, 1 100; equity 100 → 200 → 100.
    private static readonly BudgetFigures TwoYears = BudgetEngine.Compute(new BudgetInput(
        2026,
        PlanYears: 2,
        [new IncomeLine("Medlemsbidrag", 2026, 1_000, IncomeKind.Contribution), new IncomeLine("Medlemsbidrag", 2027, 1_000, IncomeKind.Contribution)],
        [new CostGroup("kansli", "Kansli", CostGroupKind.Administration, [new("Kansli", 2026, 900), new("Kansli", 2027, 1_100)], new Dictionary<int, long>())],
        OpeningEquityOre: 100,
        Balance: new Dictionary<int, BalanceEntries>(),
        IndividualEffortsOre: new Dictionary<int, long>()));

    private static IReadOnlyList<GoalResult> Evaluate(params GoalRule[] rules) => FinancialGoals.Evaluate(TwoYears, new Dictionary<int, long>(), rules);

    [Fact]
    public void A_goal_without_a_year_is_evaluated_for_each_year_of_the_plan()
    {
        var results = Evaluate(new GoalRule.MinEquity(150));

        Assert.Equal([(2026, GoalStatus.Met, 200L), (2027, GoalStatus.NotMet, 100L)], results.Select(r => (r.Year, r.Status, r.ActualOre)));
    }

    [Theory]
    [InlineData(2027, 50L, 150L, GoalStatus.Met)]
    [InlineData(2027, 150L, 300L, GoalStatus.NotMet)]
    [InlineData(2027, null, 90L, GoalStatus.NotMet)]
    [InlineData(2027, 100L, null, GoalStatus.Met)]
    [InlineData(2026, 150L, 250L, GoalStatus.Met)]
    public void An_equity_band_is_judged_in_its_own_year_only(int year, long? min, long? max, GoalStatus expected)
    {
        var result = Assert.Single(Evaluate(new GoalRule.EquityBand(year, min, max)));

        Assert.Equal((year, expected), (result.Year, result.Status));
        Assert.StartsWith($"Eget kapital vid utgången av {year}", result.Explanation);
    }

    [Fact]
    public void A_band_for_a_year_outside_the_budget_is_not_this_budgets_goal()
    {
        Assert.Empty(Evaluate(new GoalRule.EquityBand(2030, 0, 1)));
    }

    [Fact]
    public void Equity_is_at_least_a_share_of_each_years_contributions_compared_exactly()
    {
        // Equity 200 and 100 of contributions 1 000 a year: 20 % and 10 %.
        var results = Evaluate(new GoalRule.MinEquityShareOfContributions(1_500), new GoalRule.MinEquityShareOfContributions(1_000));

        Assert.Equal(
            [(2026, GoalStatus.Met, 200L, 150L, 2_000), (2027, GoalStatus.NotMet, 100L, 150L, 1_000)],
            results.Where(r => r.Rule is GoalRule.MinEquityShareOfContributions { BasisPoints: 1_500 }).Select(r => (r.Year, r.Status, r.ActualOre, r.LimitOre, r.ActualBasisPoints ?? 0)));
        // Exactly the share is at least the share.
        Assert.All(results.Where(r => r.Rule is GoalRule.MinEquityShareOfContributions { BasisPoints: 1_000 }), r => Assert.Equal(GoalStatus.Met, r.Status));
        Assert.Equal("Eget kapital minst 15 % av årets medlemsbidrag.", results[0].Explanation);
    }

    [Fact]
    public void Contributions_are_spent_in_a_year_whose_costs_are_at_least_its_contributions()
    {
        var results = Evaluate(new GoalRule.ContributionsSpent());

        Assert.Equal([(2026, GoalStatus.NotMet, 900L, 1_000L), (2027, GoalStatus.Met, 1_100L, 1_000L)],
            results.Select(r => (r.Year, r.Status, r.ActualOre, r.LimitOre)));
    }

    [Fact]
    public void Named_groups_are_capped_at_a_share_of_each_years_contributions_and_a_group_the_budget_lacks_is_not_evaluated()
    {
        // Kansli is 900 of 1 000 in 2026 (90 %), 1 100 in 2027 (110 %).
        var results = Evaluate(new GoalRule.GroupsShareCap("Kansliet", ["kansli"], 10_000), new GoalRule.GroupsShareCap("Styrelsen", ["styrelse"], 2_000));

        Assert.Equal(
            [(2026, GoalStatus.Met, 900L, 1_000L, 9_000), (2027, GoalStatus.NotMet, 1_100L, 1_000L, 11_000)],
            results.Where(r => r.Rule is GoalRule.GroupsShareCap { Label: "Kansliet" }).Select(r => (r.Year, r.Status, r.ActualOre, r.LimitOre, r.ActualBasisPoints ?? 0)));
        var missing = results.Where(r => r.Rule is GoalRule.GroupsShareCap { Label: "Styrelsen" }).ToList();
        Assert.All(missing, r => Assert.Equal(GoalStatus.NotEvaluated, r.Status));
        Assert.Contains("'styrelse'", missing[0].Explanation);
    }
}
