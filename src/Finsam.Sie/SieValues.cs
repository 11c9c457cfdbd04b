using System.Globalization;

namespace Finsam.Sie;

// The format's amounts and dates: an amount with a decimal point and at most two decimals
// ("-1372.5", "16"), a date as YYYYMMDD, a period as YYYYMM.
public static class SieValues
{
    public static bool TryAmount(string text, out long ore)
    {
        ore = 0;
        if (text.Length is 0 or > 20 || text.Contains(',') || text.Contains('e', StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var kronor))
        {
            return false;
        }
        var scaled = kronor * 100m;
        if (scaled != decimal.Truncate(scaled))
        {
            return false;
        }
        ore = (long)scaled;
        return true;
    }

    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryPeriod(string text, out DateOnly firstDay) =>
        DateOnly.TryParseExact(text + "01", "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out firstDay);
}
