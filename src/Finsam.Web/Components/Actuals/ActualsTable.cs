using System.Globalization;
using Finsam.Contracts.Budget.V1;

namespace Finsam.Web.Components.Actuals;

// A year's actuals as the page shows them: an account a row (its objects summed), a month of
// the financial year a column, and the year's sum; accounts in order, öre as booked.
public sealed record ActualsTable(IReadOnlyList<DateOnly> Months, IReadOnlyList<ActualsTable.Account> Accounts)
{
    public sealed record Account(string Number, string Name, IReadOnlyList<long> MonthsOre)
    {
        public long YearOre => MonthsOre.Sum();
    }

    public static ActualsTable Of(YearActuals actuals)
    {
        if (!DateOnly.TryParseExact(actuals.FinancialYearStart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !DateOnly.TryParseExact(actuals.FinancialYearEnd, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            return new ActualsTable([], []);
        }
        var months = new List<DateOnly>();
        for (var month = new DateOnly(start.Year, start.Month, 1); month <= end; month = month.AddMonths(1))
        {
            months.Add(month);
        }
        var column = months.Select((month, index) => (month.ToString("yyyy-MM", CultureInfo.InvariantCulture), index))
            .ToDictionary(pair => pair.Item1, pair => pair.index, StringComparer.Ordinal);

        var accounts = actuals.Amounts
            .GroupBy(amount => amount.Account, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group =>
            {
                var sums = new long[months.Count];
                foreach (var amount in group)
                {
                    if (column.TryGetValue(amount.Month, out var index))
                    {
                        sums[index] += amount.AmountOre;
                    }
                }
                return new Account(group.Key, group.First().AccountName, sums);
            })
            .ToList();
        return new ActualsTable(months, accounts);
    }
}
