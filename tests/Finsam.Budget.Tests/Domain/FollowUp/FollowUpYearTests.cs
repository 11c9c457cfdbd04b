using Finsam.Budget.Domain.FollowUp;

namespace Finsam.Budget.Tests.Domain.FollowUp;

// A year's life: open, closed with its result, reopened by a regional administrator only, closed again.
public sealed class FollowUpYearTests
{
    [Fact]
    public void Closing_fixes_the_result_and_rolls_it_into_the_closing_equity()
    {
        var year = new FollowUpYear(2026, 1_500_000_00);
        Assert.True(year.TakesActuals);

        year.Close(-250_000_00);

        Assert.True(year.IsClosed);
        Assert.False(year.TakesActuals);
        Assert.Equal(1_250_000_00, year.ClosingEquityOre);
        Assert.Throws<InvalidOperationException>(() => year.Close(0));
    }

    [Fact]
    public void Only_a_regional_administrator_reopens_a_closed_year_and_it_can_be_closed_again()
    {
        var year = new FollowUpYear(2026, 0);
        year.Close(10_00);

        Assert.Throws<UnauthorizedAccessException>(() => year.Reopen(byRegionalAdministrator: false));
        Assert.True(year.IsClosed);

        year.Reopen(byRegionalAdministrator: true);
        Assert.True(year.TakesActuals);
        Assert.Null(year.ClosingEquityOre);
        Assert.Throws<InvalidOperationException>(() => year.Reopen(byRegionalAdministrator: true));

        year.Close(20_00);
        Assert.Equal(20_00, year.ClosingEquityOre);
    }

    [Fact]
    public void A_draft_budget_takes_the_actual_opening_equity_and_an_adopted_one_keeps_its_estimate_and_shows_the_difference()
    {
        var draft = NextYearOpening.For(budgetAdopted: false, estimatedOpeningOre: 1_000_000_00, actualClosingOre: 1_120_000_00);
        var adopted = NextYearOpening.For(budgetAdopted: true, estimatedOpeningOre: 1_000_000_00, actualClosingOre: 1_120_000_00);

        Assert.Equal(1_120_000_00, draft.OpeningEquityOre);
        Assert.False(draft.BudgetKeepsEstimate);
        Assert.Equal(1_000_000_00, adopted.OpeningEquityOre);
        Assert.True(adopted.BudgetKeepsEstimate);
        Assert.Equal(120_000_00, adopted.DifferenceFromEstimateOre);
    }
}
