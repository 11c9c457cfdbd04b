using System.Globalization;
using Finsam.Contracts.Documents.V1;

namespace Finsam.Documents.Composition;

// Numbers and dates as Swedish documents print them: "1 844,5", "-656", "4 250 000 kr",
// "26 november 2021". Groups are separated by a no-break space, so a figure never
// breaks over two lines; the minus is the hyphen-minus people type and search for.
public static class SwedishFormat
{
    public const char NoBreakSpace = '\u00A0';

    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    private static readonly NumberFormatInfo Numbers = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = NoBreakSpace.ToString(),
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    // Thousands of kronor: one decimal where the amount is not whole thousands.
    public static string Tkr(long ore)
    {
        var tkr = Math.Round(ore / 100_000m, 1, MidpointRounding.AwayFromZero);
        return tkr.ToString(tkr == decimal.Truncate(tkr) ? "#,0" : "#,0.0", Numbers);
    }

    // Whole kronor, rounded half away from zero.
    public static string Kronor(long ore) =>
        Math.Round(ore / 100m, 0, MidpointRounding.AwayFromZero).ToString("#,0", Numbers);

    // A count, grouped as amounts are: "34 612".
    public static string Count(long count) => count.ToString("#,0", Numbers);

    public static string KronorWithUnit(long ore) => $"{Kronor(ore)}{NoBreakSpace}kr";

    public static string Amount(long ore, AmountUnit unit) => unit == AmountUnit.Kronor ? Kronor(ore) : Tkr(ore);

    // A share in hundredths of a percent: 8155 → "81,55 %".
    public static string Percent(int basisPoints) =>
        $"{(basisPoints / 100m).ToString("0.##", Numbers)}{NoBreakSpace}%";

    // "26 november 2021", "5 januari 2022": no leading zero, the month in lower case.
    public static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", Swedish);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // A date as the contracts write it, "2021-11-26"; null for anything else (an empty one too).
    public static DateOnly? ParseIsoDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
