using Finsam.Budget.Domain.FollowUp;

namespace Finsam.Budget.Tests.Domain.FollowUp;

public sealed class BudgetVersusActualTests
{
    // A financial year from July to June.
    private static readonly IReadOnlyList<DateOnly> Year = FinancialYearMonths.Of(new DateOnly(2026, 7, 1), new DateOnly(2027, 6, 30));

    [Fact]
    public void A_financial_year_s_months_run_from_its_start_across_the_new_year()
    {
        Assert.Equal(12, Year.Count);
        Assert.Equal(new DateOnly(2026, 7, 1), Year[0]);
        Assert.Equal(new DateOnly(2027, 6, 1), Year[^1]);
    }

    [Theory]
    [InlineData(1_200_00, 12)]
    [InlineData(1_000_01, 12)]
    [InlineData(-1_000_01, 12)]
    [InlineData(5, 12)]
    [InlineData(7, 1)]
    public void A_year_spread_over_its_months_sums_to_the_year_to_the_ore(long yearOre, int months)
    {
        var spread = Periodization.Evenly(yearOre, months);

        Assert.Equal(months, spread.Count);
        Assert.Equal(yearOre, spread.Sum());
        Assert.True(spread.Max() - spread.Min() <= 1);
    }

    [Theory]
    [InlineData(100_000_00, 3, 25_000_00)]
    [InlineData(100_000_00, 6, 50_000_00)]
    [InlineData(7_378_000_00, 3, 1_844_500_00)]
    [InlineData(1_000_01, 6, 500_01)]
    public void The_budget_through_a_month_is_the_year_s_share_rounded_to_the_ore(long yearOre, int months, long expected)
    {
        Assert.Equal(expected, Periodization.Evenly(yearOre, 12).Take(months).Sum());
    }

    [Fact]
    public void Budget_against_actual_shows_the_month_the_year_to_date_and_the_deviation_in_kronor_and_per_cent()
    {
        var september = new DateOnly(2026, 9, 1);
        var actuals = new Dictionary<(string, DateOnly), long>
        {
            [("lokaler", new DateOnly(2026, 7, 1))] = 10_000_00,
            [("lokaler", new DateOnly(2026, 8, 1))] = 10_000_00,
            [("lokaler", september)] = 13_000_00,
            [("lokaler", new DateOnly(2026, 10, 1))] = 99_000_00,
            // An income is a credit in the books.
            [("bidrag", new DateOnly(2026, 7, 1))] = -300_000_00,
        };

        var lines = BudgetVersusActual.Through(
            [new FollowUpLine("lokaler", "Lokaler", FollowUpSide.Cost, 120_000_00), new FollowUpLine("bidrag", "Medlemsbidrag", FollowUpSide.Income, 1_200_000_00)],
            actuals, Year, september);

        var premises = lines[0];
        Assert.Equal(30_000_00, premises.BudgetToDateOre);
        Assert.Equal(13_000_00, premises.ActualMonthOre);
        Assert.Equal(33_000_00, premises.ActualToDateOre);
        Assert.Equal(3_000_00, premises.DeviationOre);
        Assert.Equal(10.0m, premises.DeviationPercent);
        Assert.Equal(87_000_00, premises.RemainingOre);

        var contributions = lines[1];
        Assert.Equal(300_000_00, contributions.ActualToDateOre);
        Assert.Equal(0, contributions.ActualMonthOre);
        Assert.Equal(0, contributions.DeviationOre);
        Assert.Equal(300_000_00 - 33_000_00, BudgetVersusActual.ResultToDateOre(lines));
    }

    [Fact]
    public void A_line_without_budget_has_no_deviation_per_cent()
    {
        var line = BudgetVersusActual.Through(
            [new FollowUpLine("ovrigt", "Övrigt", FollowUpSide.Cost, 0)],
            new Dictionary<(string, DateOnly), long> { [("ovrigt", Year[0])] = 5_00 }, Year, Year[0]).Single();

        Assert.Equal(5_00, line.DeviationOre);
        Assert.Null(line.DeviationPercent);
    }

    [Fact]
    public void A_month_outside_the_financial_year_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BudgetVersusActual.Through([], new Dictionary<(string, DateOnly), long>(), Year, new DateOnly(2026, 6, 1)));
}
