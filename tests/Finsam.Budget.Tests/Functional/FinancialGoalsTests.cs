using Finsam.Contracts.Budget.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Grpc.Core;
using static Finsam.Budget.Tests.Functional.Sundsvall;

namespace Finsam.Budget.Tests.Functional;

// The board's financial goals (finansiella mål), and how the computed budget meets them.
public sealed class FinancialGoalsTests(BudgetHost host) : IClassFixture<BudgetHost>
{
    [Fact]
    public async Task Goals_read_back_as_set_and_a_federation_without_goals_has_none()
    {
        var id = host.NewFederation();
        var goals = Goals(id);
        goals.RecommendationSteps.Add(new RecommendationStep { BudgetUpToOre = Tkr(10_000), MaxEquityOre = Tkr(1_000) });

        await host.Budget(Caller.EditorOf(id)).SetFinancialGoalsAsync(new SetFinancialGoalsRequest { FinancialGoals = goals });
        var other = host.NewFederation();

        Assert.Equal(goals, await host.Budget(Caller.ReaderOf(id)).GetFinancialGoalsAsync(new GetFinancialGoalsRequest { Name = goals.Name }));
        Assert.Equal(new FinancialGoals { Name = $"federations/{other}/financialGoals" }, await host.Budget().GetFinancialGoalsAsync(new GetFinancialGoalsRequest { Name = $"federations/{other}/financialGoals" }));
    }

    [Fact]
    public async Task Goals_out_of_range_are_named_and_the_goals_before_are_kept()
    {
        var id = host.NewFederation();
        var budget = host.Budget(Caller.EditorOf(id));
        await budget.SetFinancialGoalsAsync(new SetFinancialGoalsRequest { FinancialGoals = Goals(id) });

        var violations = await RpcAssert.IsInvalidWithReasons(() => budget.SetFinancialGoalsAsync(new SetFinancialGoalsRequest
        {
            FinancialGoals = new FinancialGoals
            {
                Name = $"federations/{id}/financialGoals",
                MaxEquityShareBasisPoints = 10_001,
                MinEquityOre = -1,
                MinIndividualShareBasisPoints = -1,
                RecommendationSteps = { new RecommendationStep { BudgetUpToOre = 0, MaxEquityOre = 1 } },
            },
        }).ResponseAsync);

        Assert.Equal(
            [
                ("financial_goals.max_equity_share_basis_points", "OUT_OF_RANGE"),
                ("financial_goals.min_individual_share_basis_points", "OUT_OF_RANGE"),
                ("financial_goals.min_equity_ore", "OUT_OF_RANGE"),
                ("financial_goals.recommendation_steps", "OUT_OF_RANGE"),
            ],
            violations);
        Assert.Equal(Goals(id), await budget.GetFinancialGoalsAsync(new GetFinancialGoalsRequest { Name = $"federations/{id}/financialGoals" }));
    }

    [Fact]
    public async Task A_goal_the_budget_misses_is_not_met_and_the_national_steps_are_evaluated_when_given()
    {
        var id = await host.SundsvallAsync();
        var goals = Goals(id);
        goals.MinEquityOre = Tkr(600);
        goals.MinIndividualShareBasisPoints = 9_000;
        goals.RecommendationSteps.Add(new RecommendationStep { BudgetUpToOre = Tkr(10_000), MaxEquityOre = Tkr(500) });
        await host.Budget(Caller.EditorOf(id)).SetFinancialGoalsAsync(new SetFinancialGoalsRequest { FinancialGoals = goals });

        var report = await host.Budget().ComputeBudgetAsync(new ComputeBudgetRequest { Name = $"federations/{id}/budgets/2022" });

        Assert.Equal(
            [
                ("max_equity_share", GoalStatus.Met, Tkr(577), Tkr(1_475.6m)),
                ("min_equity", GoalStatus.NotMet, Tkr(577), Tkr(600)),
                ("min_individual_share", GoalStatus.NotMet, Tkr(6_017), Tkr(6_640.2m)),
                ("national_recommendation", GoalStatus.NotMet, Tkr(577), Tkr(500)),
            ],
            report.Goals.Where(g => g.Year == 2022).Select(g => (g.Goal, g.Status, g.ActualOre, g.LimitOre)));
        Assert.All(report.Goals, g => Assert.NotEmpty(g.Explanation));
    }

    [Fact]
    public async Task Equity_within_a_band_of_shares_of_the_contributions_is_judged_each_year_and_an_upside_down_band_is_refused()
    {
        var id = await host.SundsvallAsync();
        var goals = Goals(id);
        goals.MinEquityShareBasisPoints = 800;
        await host.Budget(Caller.EditorOf(id)).SetFinancialGoalsAsync(new SetFinancialGoalsRequest { FinancialGoals = goals });

        var report = await host.Budget().ComputeBudgetAsync(new ComputeBudgetRequest { Name = $"federations/{id}/budgets/2022" });

        // Equity 577 tkr each year of 7 378 tkr contributions (7,82 %): below 8 %, within 20 %.
        Assert.Equal(
            [(2022, GoalStatus.NotMet, Tkr(577), Tkr(590.24m), 782), (2023, GoalStatus.NotMet, Tkr(577), Tkr(590.24m), 782), (2024, GoalStatus.NotMet, Tkr(577), Tkr(590.24m), 782)],
            report.Goals.Where(g => g.Goal == "min_equity_share").Select(g => (g.Year, g.Status, g.ActualOre, g.LimitOre, g.ActualBasisPoints)));
        Assert.All(report.Goals.Where(g => g.Goal == "max_equity_share"), g => Assert.Equal(GoalStatus.Met, g.Status));
        Assert.Equal(goals, await host.Budget().GetFinancialGoalsAsync(new GetFinancialGoalsRequest { Name = goals.Name }));

        var violations = await RpcAssert.IsInvalidWithReasons(() => host.Budget().SetFinancialGoalsAsync(new SetFinancialGoalsRequest
        {
            FinancialGoals = new FinancialGoals { Name = goals.Name, MinEquityShareBasisPoints = 2_500, MaxEquityShareBasisPoints = 2_000 },
        }).ResponseAsync);
        Assert.Equal([("financial_goals.min_equity_share_basis_points", "OUT_OF_RANGE")], violations);
        violations = await RpcAssert.IsInvalidWithReasons(() => host.Budget().SetFinancialGoalsAsync(new SetFinancialGoalsRequest
        {
            FinancialGoals = new FinancialGoals { Name = goals.Name, MinEquityShareBasisPoints = -1 },
        }).ResponseAsync);
        Assert.Equal([("financial_goals.min_equity_share_basis_points", "OUT_OF_RANGE")], violations);
        Assert.Equal(goals, await host.Budget().GetFinancialGoalsAsync(new GetFinancialGoalsRequest { Name = goals.Name }));
    }

    [Fact]
    public async Task A_goal_can_name_its_year_and_contributions_can_be_required_spent_each_year()
    {
        var id = await host.SundsvallAsync();
        var goals = Goals(id);
        goals.EquityBands.Add(new EquityBand { Year = 2023, MinEquityOre = Tkr(300), MaxEquityOre = Tkr(600) });
        goals.EquityBands.Add(new EquityBand { Year = 2024, MaxEquityOre = Tkr(500) });
        goals.ContributionsSpentEachYear = true;
        await host.Budget(Caller.EditorOf(id)).SetFinancialGoalsAsync(new SetFinancialGoalsRequest { FinancialGoals = goals });

        var report = await host.Budget().ComputeBudgetAsync(new ComputeBudgetRequest { Name = $"federations/{id}/budgets/2022" });

        // Equity 577 tkr at the end of 2023 and 2024; 2022 spends more than its contributions, 2023 and 2024 less.
        Assert.Equal(
            [(2023, GoalStatus.Met, Tkr(577)), (2024, GoalStatus.NotMet, Tkr(577))],
            report.Goals.Where(g => g.Goal == "equity_band").Select(g => (g.Year, g.Status, g.ActualOre)));
        Assert.Equal(
            [(2022, GoalStatus.Met), (2023, GoalStatus.Met), (2024, GoalStatus.Met)],
            report.Goals.Where(g => g.Goal == "contributions_spent").Select(g => (g.Year, g.Status)));
        Assert.Equal(goals, await host.Budget().GetFinancialGoalsAsync(new GetFinancialGoalsRequest { Name = goals.Name }));
    }

    [Fact]
    public async Task Administration_capped_at_a_share_of_contributions_is_judged_each_year()
    {
        var id = await host.SundsvallAsync();
        var goals = Goals(id);
        goals.GroupShareCaps.Add(new GroupShareCap { Label = "Styrelse och administration", Groups = { "board", "administration" }, MaxBasisPoints = 1_500 });
        await host.Budget(Caller.EditorOf(id)).SetFinancialGoalsAsync(new SetFinancialGoalsRequest { FinancialGoals = goals });

        var report = await host.Budget().ComputeBudgetAsync(new ComputeBudgetRequest { Name = $"federations/{id}/budgets/2022" });

        // 105 + 962 = 1 067 tkr of 7 378 (14,46 %); 1 160 and 1 190 tkr in the plan years (15,72 % and 16,13 %).
        Assert.Equal(
            [(2022, GoalStatus.Met, Tkr(1_067), 1_446), (2023, GoalStatus.NotMet, Tkr(1_160), 1_572), (2024, GoalStatus.NotMet, Tkr(1_190), 1_612)],
            report.Goals.Where(g => g.Goal == "group_share_cap").Select(g => (g.Year, g.Status, g.ActualOre, g.ActualBasisPoints)));
        Assert.Equal(goals, await host.Budget().GetFinancialGoalsAsync(new GetFinancialGoalsRequest { Name = goals.Name }));

        var violations = await RpcAssert.IsInvalidWithReasons(() => host.Budget().SetFinancialGoalsAsync(new SetFinancialGoalsRequest
        {
            FinancialGoals = new FinancialGoals { Name = goals.Name, GroupShareCaps = { new GroupShareCap { Groups = { "Kansli!" }, MaxBasisPoints = 0 } } },
        }).ResponseAsync);
        Assert.Equal(
            [
                ("financial_goals.group_share_caps[0].label", "REQUIRED"),
                ("financial_goals.group_share_caps[0].groups[0]", "INVALID_FORMAT"),
                ("financial_goals.group_share_caps[0].max_basis_points", "OUT_OF_RANGE"),
            ],
            violations);
    }

    [Fact]
    public async Task A_band_without_bounds_upside_down_or_twice_in_a_year_is_refused()
    {
        var id = host.NewFederation();

        var violations = await RpcAssert.IsInvalidWithReasons(() => host.Budget().SetFinancialGoalsAsync(new SetFinancialGoalsRequest
        {
            FinancialGoals = new FinancialGoals
            {
                Name = $"federations/{id}/financialGoals",
                EquityBands =
                {
                    new EquityBand { Year = 2026 },
                    new EquityBand { Year = 2026, MinEquityOre = 2, MaxEquityOre = 1 },
                    new EquityBand { Year = 1999, MinEquityOre = 1 },
                },
            },
        }).ResponseAsync);

        Assert.Equal(
            [
                ("financial_goals.equity_bands[0]", "REQUIRED"),
                ("financial_goals.equity_bands[1].year", "INVALID_VALUE"),
                ("financial_goals.equity_bands[1].max_equity_ore", "OUT_OF_RANGE"),
                ("financial_goals.equity_bands[2].year", "OUT_OF_RANGE"),
            ],
            violations);
    }

    [Fact]
    public async Task Goals_of_a_federation_funding_does_not_know_are_not_found()
    {
        await RpcAssert.FailsWith(StatusCode.NotFound, () => host.Budget().SetFinancialGoalsAsync(new SetFinancialGoalsRequest { FinancialGoals = Goals("finns-inte") }).ResponseAsync);
    }
}
