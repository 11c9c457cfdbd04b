using Finsam.Budget.Domain.FollowUp;

namespace Finsam.Budget.Tests.Domain.FollowUp;

// What the balance-sheet accounts held at the year's start and end: the opening balance and the
// year's vouchers on each, nothing of the result accounts.
public sealed class YearBalancesTests
{
    [Fact]
    public void Each_balance_account_closes_at_its_opening_balance_and_the_years_movements()
    {
        var balances = YearBalances.Of(
            [("1930", 98_200_000), ("2440", -24_000_000), ("2010", -74_200_000)],
            [("1930", 430_000_000), ("3010", -430_000_000), ("1930", -400_000_000), ("4010", 400_000_000), ("2440", 5_000_000), ("1930", -5_000_000)]);

        Assert.Equal(
            [new AccountBalance("1930", 98_200_000, 123_200_000), new AccountBalance("2010", -74_200_000, -74_200_000), new AccountBalance("2440", -24_000_000, -19_000_000)],
            balances);
    }

    [Fact]
    public void An_account_the_year_opened_moves_from_nought_and_one_without_vouchers_keeps_its_opening()
    {
        var balances = YearBalances.Of([("1510", 1_000)], [("2890", -500)]);

        Assert.Equal([new AccountBalance("1510", 1_000, 1_000), new AccountBalance("2890", 0, -500)], balances);
    }

    [Fact]
    public void Books_that_balance_close_with_the_years_booked_result_unbooked_in_the_balance_accounts()
    {
        // Opening balances sum to nought, every voucher too: what the balance accounts hold
        // together at the end is the year's result, until it is booked against equity.
        (string, long)[] opening = [("1930", 100_000), ("2010", -100_000)];
        (string, long)[] vouchers = [("1930", 30_000), ("3010", -30_000), ("1930", -12_000), ("7010", 12_000)];

        var closing = YearBalances.Of(opening, vouchers).Sum(balance => balance.ClosingOre);

        Assert.Equal(BookedResult.Of(vouchers), closing);
    }
}
