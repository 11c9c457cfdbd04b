using System.Globalization;

namespace Finsam.Web.Formatting;

// Money as the federations write it ("1 844 500 kr", "1 844,5 tkr") and as officers type it:
// kronor with up to two decimals, spaces between thousands, never öre. The services count öre.
public static class Kronor
{
    private const long OrePerKrona = 100;
    private const long OrePerTkr = 100_000;

    public static string Format(long ore) =>
        ore % OrePerKrona == 0
            ? $"{(ore / OrePerKrona).ToString("N0", Swedish.Culture)} kr"
            : $"{(ore / (decimal)OrePerKrona).ToString("N2", Swedish.Culture)} kr";

    // Thousands of kronor with one decimal, rounded half away from zero as the plans round.
    public static string FormatTkr(long ore) =>
        $"{Math.Round(ore / (decimal)OrePerTkr, 1, MidpointRounding.AwayFromZero).ToString("N1", Swedish.Culture)} tkr";

    // The amount as it stands in an input: no unit, thousands spaced, decimals only when there are öre.
    public static string ForInput(long ore) =>
        ore % OrePerKrona == 0
            ? (ore / OrePerKrona).ToString("N0", Swedish.Culture)
            : (ore / (decimal)OrePerKrona).ToString("N2", Swedish.Culture);

    // Kronor as typed: "1 844 500", "1844500,50", "-250 000", "1 844 500 kr". Öre must be whole.
    public static bool TryParse(string? text, out long ore) => TryParse(text, OrePerKrona, out ore);

    // Thousands of kronor as typed where a federation budgets in tkr: "1 844,5".
    public static bool TryParseTkr(string? text, out long ore) => TryParse(text, OrePerTkr, out ore);

    private static bool TryParse(string? text, long orePerUnit, out long ore)
    {
        ore = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var cleaned = text.Trim();
        foreach (var unit in new[] { "tkr", "kr", ":-" })
        {
            if (cleaned.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
            {
                cleaned = cleaned[..^unit.Length];
                break;
            }
        }
        // Spaces of every kind between thousands; the typographic minus as a minus; a point
        // as the decimal comma, since nobody writes a point between Swedish thousands.
        cleaned = new string([.. cleaned.Where(c => !char.IsWhiteSpace(c) && c != '\u202F')])
            .Replace('\u2212', '-')
            .Replace('.', ',');
        if (!decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Swedish.Culture, out var amount))
        {
            return false;
        }
        var inOre = amount * orePerUnit;
        if (inOre != decimal.Truncate(inOre) || inOre > long.MaxValue || inOre < -long.MaxValue)
        {
            return false;
        }
        ore = (long)inOre;
        return true;
    }
}
