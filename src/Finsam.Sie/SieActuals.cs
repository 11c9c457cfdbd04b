namespace Finsam.Sie;

// The actuals a file's vouchers give: per account (and objects) and month of the voucher's
// date, in öre.
public static class SieActuals
{
    // Per account, the objects a row was booked on and month, ordered by account, month and
    // objects: what a mapping to budget lines and efforts needs.
    public static IReadOnlyList<SieAmount> PerAccountObjectsAndMonth(SieFile file) =>
        [.. file.Vouchers
            .SelectMany(voucher => voucher.Rows.Select(row => (row, month: new DateOnly(voucher.Date.Year, voucher.Date.Month, 1))))
            .GroupBy(booked => (booked.row.Account, booked.month, Objects: ObjectsKey(booked.row.Objects)))
            .Select(group => new SieAmount(group.Key.Account, group.First().row.Objects, group.Key.month, group.Sum(booked => booked.row.AmountOre)))
            .OrderBy(amount => amount.Account, StringComparer.Ordinal)
            .ThenBy(amount => amount.Month)
            .ThenBy(amount => ObjectsKey(amount.Objects), StringComparer.Ordinal)];

    private static string ObjectsKey(IReadOnlyDictionary<string, string> objects) =>
        string.Join('\u001f', objects.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}\u001e{pair.Value}"));

    // Per account and month, its objects summed: the same amounts, one level up.
    public static IReadOnlyDictionary<(string Account, DateOnly Month), long> PerAccountAndMonth(SieFile file) =>
        PerAccountObjectsAndMonth(file)
            .GroupBy(amount => (amount.Account, amount.Month))
            .ToDictionary(group => group.Key, group => group.Sum(amount => amount.AmountOre));
}
