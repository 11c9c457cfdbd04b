namespace Finsam.Budget.Domain.FollowUp;

// The year's result as the books give it, whatever the mapping says: incomes less costs over
// every result account (BAS and Kommun-Bas alike: classes 3 to 8). The year's result booked
// against equity at closing (8999) is the result moved, not earned, so it is left out;
// otherwise a file exported after the closing entry would show a result of nil.
public static class BookedResult
{
    private const string ResultMovedToEquity = "8999";

    public static long Of(IEnumerable<(string Account, long AmountOre)> amounts) =>
        -amounts.Where(amount => IsResultAccount(amount.Account)).Sum(amount => amount.AmountOre);

    public static bool IsResultAccount(string account) =>
        account.Length > 0 && account[0] is >= '3' and <= '8' && account != ResultMovedToEquity;
}
