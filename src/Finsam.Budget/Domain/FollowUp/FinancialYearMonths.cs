namespace Finsam.Budget.Domain.FollowUp;

// The months of a financial year, by their first day; a year need not start in January.
public static class FinancialYearMonths
{
    public static IReadOnlyList<DateOnly> Of(DateOnly start, DateOnly end)
    {
        var months = new List<DateOnly>();
        for (var month = new DateOnly(start.Year, start.Month, 1); month <= end; month = month.AddMonths(1))
        {
            months.Add(month);
        }
        return months;
    }
}
