namespace Finsam.Budget.Domain.FollowUp;

// A balance-sheet account over the year, in the books' signs (debit positive).
public sealed record AccountBalance(string Account, long OpeningOre, long ClosingOre);

// The balance-sheet accounts (classes 1 and 2) over a year: what each held at its start (the
// file's opening balances) and at its end (that and the year's vouchers on it). The vouchers,
// not a closing balance the file states, are what the year booked.
public static class YearBalances
{
    public static bool IsBalanceAccount(string account) => account.Length > 0 && account[0] is '1' or '2';

    public static IReadOnlyList<AccountBalance> Of(IEnumerable<(string Account, long AmountOre)> opening, IEnumerable<(string Account, long AmountOre)> movements)
    {
        var start = Sums(opening);
        var moved = Sums(movements);
        return [.. start.Keys.Union(moved.Keys)
            .Order(StringComparer.Ordinal)
            .Select(account => new AccountBalance(account, start.GetValueOrDefault(account), start.GetValueOrDefault(account) + moved.GetValueOrDefault(account)))];
    }

    private static Dictionary<string, long> Sums(IEnumerable<(string Account, long AmountOre)> amounts) =>
        amounts.Where(amount => IsBalanceAccount(amount.Account))
            .GroupBy(amount => amount.Account, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Sum(amount => amount.AmountOre), StringComparer.Ordinal);
}
