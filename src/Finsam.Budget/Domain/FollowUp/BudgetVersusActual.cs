namespace Finsam.Budget.Domain.FollowUp;

// The adopted budget against the actuals, line by line, through a month of the financial year.
public static class BudgetVersusActual
{
    public static IReadOnlyList<LineFollowUp> Through(
        IReadOnlyList<FollowUpLine> lines,
        IReadOnlyDictionary<(string LineKey, DateOnly Month), long> actuals,
        IReadOnlyList<DateOnly> yearMonths,
        DateOnly throughMonth)
    {
        var through = yearMonths.Count(month => month <= throughMonth);
        if (through == 0 || !yearMonths.Contains(throughMonth))
        {
            throw new ArgumentOutOfRangeException(nameof(throughMonth), "The month is not one of the financial year's.");
        }

        return [.. lines.Select(line =>
        {
            var spread = Periodization.Evenly(line.BudgetOre, yearMonths.Count);
            var sign = line.Side == FollowUpSide.Income ? -1 : 1;
            var toDate = yearMonths.Take(through).Sum(month => sign * actuals.GetValueOrDefault((line.Key, month)));
            return new LineFollowUp(
                line.Key,
                line.Label,
                line.Side,
                line.BudgetOre,
                spread.Take(through).Sum(),
                sign * actuals.GetValueOrDefault((line.Key, throughMonth)),
                toDate);
        })];
    }

    // The result to date as the books show it: incomes less costs.
    public static long ResultToDateOre(IEnumerable<LineFollowUp> lines) =>
        lines.Sum(line => line.Side == FollowUpSide.Income ? line.ActualToDateOre : -line.ActualToDateOre);
}
