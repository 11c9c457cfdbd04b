using Finsam.Budget.Domain.FollowUp;

namespace Finsam.Budget.Tests.Domain.FollowUp;

public sealed class YearFollowUpTests
{
    private static readonly IReadOnlyList<DateOnly> Year = FinancialYearMonths.Of(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
    private static readonly DateOnly March = new(2026, 3, 1);

    private static readonly BudgetRow[] Income = [new("contributions", "Medlemsbidrag", FollowUpSide.Income, 1_200_000_00)];

    private static readonly BudgetRow[] Costs =
    [
        new("board", "Styrelsen", FollowUpSide.Cost, 120_000_00,
            [new BudgetRow("board/fees", "Arvoden", FollowUpSide.Cost, 96_000_00), new BudgetRow("board/travel", "Resor", FollowUpSide.Cost, 24_000_00)]),
        new("efforts", "Insatser", FollowUpSide.Cost, 600_000_00),
    ];

    private static MappedActuals Booked(params (string Key, DateOnly Month, long Ore)[] lines) => new(
        lines.GroupBy(line => (line.Key, line.Month)).ToDictionary(group => group.Key, group => group.Sum(line => line.Ore)),
        new Dictionary<(string, DateOnly), long>(),
        new Dictionary<(string, DateOnly), long>());

    [Fact]
    public void A_group_s_actual_is_what_was_booked_on_it_and_on_its_lines()
    {
        var followUp = YearFollowUp.Through(Income, Costs, [], Booked(("board", March, 1_000_00), ("board/fees", March, 5_000_00), ("board/travel", new DateOnly(2026, 2, 1), 700_00)), Year, March);

        var board = followUp.CostGroups[0];
        Assert.Equal((6_000_00L, 6_700_00L, 30_000_00L), (board.Figures.ActualMonthOre, board.Figures.ActualToDateOre, board.Figures.BudgetToDateOre));
        Assert.Equal([5_000_00L, 700_00L], board.Rows.Select(row => row.Figures.ActualToDateOre));
    }

    [Fact]
    public void The_result_is_incomes_less_costs_for_the_budget_and_the_actual()
    {
        var followUp = YearFollowUp.Through(Income, Costs, [], Booked(("contributions", March, -300_000_00), ("efforts", March, 40_000_00)), Year, March);

        Assert.Equal(1_200_000_00 - 720_000_00, followUp.Result.BudgetYearOre);
        Assert.Equal(300_000_00 - 30_000_00 - 150_000_00, followUp.Result.BudgetToDateOre);
        Assert.Equal(300_000_00 - 40_000_00, followUp.Result.ActualToDateOre);
    }

    [Fact]
    public void A_forecast_entered_for_a_line_moves_its_group_and_the_result_by_the_difference()
    {
        var forecast = new Forecast(new DateOnly(2026, 4, 30), March);
        forecast.Enter("board/travel", 50_000_00);
        var plain = YearFollowUp.Through(Income, Costs, [], Booked(), Year, March);
        var entered = YearFollowUp.Through(Income, Costs, [], Booked(), Year, March, forecast);

        // Nothing booked through March: each row is forecast at what its budget has left.
        Assert.Equal(90_000_00, plain.CostGroups[0].ForecastYearOre);
        Assert.Equal(18_000_00, plain.CostGroups[0].Rows[1].ForecastYearOre);
        Assert.Equal(50_000_00, entered.CostGroups[0].Rows[1].ForecastYearOre);
        Assert.Equal(90_000_00 + 32_000_00, entered.CostGroups[0].ForecastYearOre);
        Assert.Equal(plain.ForecastResultOre - 32_000_00, entered.ForecastResultOre);
    }

    [Fact]
    public void What_a_rule_sent_to_a_row_the_budget_lacks_is_kept_as_an_unknown_row()
    {
        var followUp = YearFollowUp.Through(Income, Costs, [], Booked(("lokaler", March, 9_000_00)), Year, March);

        Assert.Equal([("lokaler", 9_000_00L)], followUp.UnknownRows.Select(row => (row.Key, row.ActualToDateOre)));
        Assert.Equal(0, followUp.Result.ActualToDateOre);
    }

    [Fact]
    public void The_books_result_counts_every_result_account_but_not_the_balance_sheet_nor_the_result_moved_to_equity()
    {
        var result = BookedResult.Of([("3010", -1_000_00), ("4010", 300_00), ("8310", -5_00), ("1930", 700_00), ("2099", -700_00), ("8999", 705_00)]);

        Assert.Equal(1_000_00 - 300_00 + 5_00, result);
    }
}
