namespace Finsam.Budget.Domain.FollowUp;

// What next year's budget opens with once this year is closed: a draft takes the actual closing
// equity over its estimate; an adopted budget keeps its figures (adopted stays adopted) and
// shows the difference as a reason to revise it.
public sealed record NextYearOpening(long OpeningEquityOre, long DifferenceFromEstimateOre, bool BudgetKeepsEstimate)
{
    public static NextYearOpening For(bool budgetAdopted, long estimatedOpeningOre, long actualClosingOre) =>
        budgetAdopted
            ? new NextYearOpening(estimatedOpeningOre, actualClosingOre - estimatedOpeningOre, true)
            : new NextYearOpening(actualClosingOre, actualClosingOre - estimatedOpeningOre, false);
}
