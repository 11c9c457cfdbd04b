using Finsam.Budget.Domain;
using static Finsam.Budget.Tests.SundsvallBudget;

namespace Finsam.Budget.Tests;

public sealed class BudgetEngineTests
{
    private static readonly BudgetFigures Sundsvall = BudgetEngine.Compute(Input());

    [Fact]
    public void Budget_2022_with_plan_for_2023_2024()
    {
        Assert.Equal([Tkr(7_378), Tkr(7_378), Tkr(7_378)], Sundsvall.Years.Select(y => y.IncomeOre));
        Assert.Equal(
            [
                [Tkr(105), Tkr(962), Tkr(6_967), 0],
                [Tkr(110), Tkr(1_050), Tkr(660), Tkr(5_558)],
                [Tkr(115), Tkr(1_075), 0, Tkr(6_188)],
            ],
            Sundsvall.Years.Select(y => y.CostGroups.Select(g => g.AmountOre).ToArray()));
        Assert.Equal([Tkr(8_034), Tkr(7_378), Tkr(7_378)], Sundsvall.Years.Select(y => y.CostsOre));
        Assert.Equal([Tkr(-656), 0, 0], Sundsvall.Years.Select(y => y.ResultOre));
    }

    [Fact]
    public void Result_budget_with_the_forecast_for_2021()
    {
        var rows = new[] { Sundsvall.Forecast! }.Concat(Sundsvall.Years).Select(y => y.ResultBudget).ToList();

        Assert.Equal([Tkr(7_378), Tkr(7_378), Tkr(7_378), Tkr(7_378)], rows.Select(r => r.OperatingIncomeOre));
        Assert.Equal([Tkr(7_617), Tkr(8_033), Tkr(7_377), Tkr(7_377)], rows.Select(r => r.OperatingCostsOre));
        Assert.Equal([Tkr(-239), Tkr(-655), Tkr(1), Tkr(1)], rows.Select(r => r.NetOperatingCostOre));
        Assert.Equal([0L, 0, 0, 0], rows.Select(r => r.FinancialIncomeOre));
        Assert.Equal([Tkr(1), Tkr(1), Tkr(1), Tkr(1)], rows.Select(r => r.FinancialCostsOre));
        Assert.Equal([Tkr(-240), Tkr(-656), 0, 0], rows.Select(r => r.ResultOre));
    }

    [Fact]
    public void Balance_budget_with_equity_rolled_forward()
    {
        var columns = new[] { Sundsvall.Forecast! }.Concat(Sundsvall.Years).Select(y => y.Balance).ToList();

        Assert.Equal([0L, 0, 0, 0], columns.Select(b => b.FixedAssetsOre));
        Assert.Equal([Tkr(1_533), Tkr(877), Tkr(877), Tkr(877)], columns.Select(b => b.CurrentAssetsOre));
        Assert.Equal([Tkr(1_533), Tkr(877), Tkr(877), Tkr(877)], columns.Select(b => b.TotalAssetsOre));
        Assert.Equal([Tkr(1_473), Tkr(1_233), Tkr(577), Tkr(577)], columns.Select(b => b.OpeningEquityOre));
        Assert.Equal([Tkr(-240), Tkr(-656), 0, 0], columns.Select(b => b.ResultOre));
        Assert.Equal([Tkr(1_233), Tkr(577), Tkr(577), Tkr(577)], columns.Select(b => b.EquityOre));
        Assert.Equal([Tkr(300), Tkr(300), Tkr(300), Tkr(300)], columns.Select(b => b.LiabilitiesOre));
        Assert.Equal([Tkr(1_533), Tkr(877), Tkr(877), Tkr(877)], columns.Select(b => b.EquityProvisionsAndLiabilitiesOre));
    }

    [Fact]
    public void Budget_room_ends_where_equity_ends()
    {
        var room = Sundsvall.Year(2022).Room;

        Assert.Equal((Tkr(1_233), Tkr(7_378), 0L, Tkr(577)), (room.OpeningSurplusOre, room.ContributionsOre, room.OtherIncomeOre, room.ClosingSurplusOre));
        Assert.Equal(
            [("board", Tkr(105)), ("administration", Tkr(962)), ("decided", Tkr(6_967)), ("new", 0L)],
            room.CostGroups.Select(g => (g.Key, g.AmountOre)));
    }

    [Fact]
    public void The_documents_2024_equity_of_613_is_named_as_inconsistent()
    {
        StatedFigure[] stated =
        [
            new("balance.openingEquity", 2024, Tkr(577)),
            new("balance.result", 2024, 0),
            new("balance.equity", 2024, Tkr(613)),
            new("balance.totalAssets", 2024, Tkr(877)),
            new("balance.equity", 2023, Tkr(577)),
            new("result", 2022, Tkr(-656)),
        ];

        var findings = Consistency.Check(Sundsvall, stated);

        Assert.Equal([new Finding("balance.equity", 2024, Tkr(613), Tkr(577))], findings);
    }

    [Fact]
    public void The_financial_goals_of_2022_are_met_and_the_unconfirmed_recommendation_is_not_evaluated()
    {
        GoalRule[] rules =
        [
            new GoalRule.MaxEquityShareOfContributions(2_000),
            new GoalRule.MinEquity(Tkr(400)),
            new GoalRule.MinIndividualEffortsShare(7_000),
            new GoalRule.NationalEquityRecommendation([]),
        ];

        var results = FinancialGoals.Evaluate(Sundsvall, Input().IndividualEffortsOre, rules).Where(r => r.Year == 2022).ToList();

        Assert.Equal([GoalStatus.Met, GoalStatus.Met, GoalStatus.Met, GoalStatus.NotEvaluated], results.Select(r => r.Status));
        Assert.Equal((Tkr(577), Tkr(1_475.6m)), (results[0].ActualOre, results[0].LimitOre));
        // 6 017 of 7 378 tkr: 81,55 %, which a document shows as 81,6 %.
        Assert.Equal(8_155, results[2].ActualBasisPoints);
    }

    [Fact]
    public void A_goal_not_met_says_so()
    {
        var results = FinancialGoals.Evaluate(Sundsvall, Input().IndividualEffortsOre,
            [new GoalRule.MinEquity(Tkr(600)), new GoalRule.MinIndividualEffortsShare(8_200), new GoalRule.NationalEquityRecommendation([new(Tkr(10_000), Tkr(500))])])
            .Where(r => r.Year == 2022).ToList();

        Assert.Equal([GoalStatus.NotMet, GoalStatus.NotMet, GoalStatus.NotMet], results.Select(r => r.Status));
    }
}
