namespace Finsam.Budget.Domain.FollowUp;

// A line's budget against actual through a month, both in the budget's sense (an income and a
// cost each positive). The deviation is actual less budget to date: for a cost, more spent;
// for an income, more received. Per cent of the budget to date, one decimal; none when that is 0.
public sealed record LineFollowUp(
    string Key,
    string Label,
    FollowUpSide Side,
    long BudgetYearOre,
    long BudgetToDateOre,
    long ActualMonthOre,
    long ActualToDateOre)
{
    public long DeviationOre => ActualToDateOre - BudgetToDateOre;

    public decimal? DeviationPercent => BudgetToDateOre == 0 ? null : Math.Round(DeviationOre * 100m / BudgetToDateOre, 1, MidpointRounding.AwayFromZero);

    // What is left of the year's budget after what has been booked.
    public long RemainingOre => BudgetYearOre - ActualToDateOre;
}
