namespace Finsam.Sie;

// The actuals a file's vouchers give: per account and month of the voucher's date, in öre.
public static class SieActuals
{
    public static IReadOnlyDictionary<(string Account, DateOnly Month), long> PerAccountAndMonth(SieFile file)
    {
        var sums = new Dictionary<(string, DateOnly), long>();
        foreach (var voucher in file.Vouchers)
        {
            var month = new DateOnly(voucher.Date.Year, voucher.Date.Month, 1);
            foreach (var row in voucher.Rows)
            {
                sums[(row.Account, month)] = sums.GetValueOrDefault((row.Account, month)) + row.AmountOre;
            }
        }
        return sums;
    }
}
