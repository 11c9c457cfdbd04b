using System.Globalization;

namespace Finsam.Web.Formatting;

// Shares as officers type and read them ("12,5" %), as the services count them: basis points,
// hundredths of a percent. Two decimals at most, so every share typed is a whole basis point.
public static class Percent
{
    private const int BasisPointsPerPercent = 100;

    // The share as it stands in an input: no unit, a decimal comma, decimals only where there are any.
    public static string ForInput(int basisPoints) =>
        (basisPoints / (decimal)BasisPointsPerPercent).ToString("0.##", Swedish.Culture);

    // "12,5", "12.5", "20 %", "0,25": a share of at most two decimals, within an int's basis points.
    public static bool TryParse(string? text, out int basisPoints)
    {
        basisPoints = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var cleaned = text.Trim();
        if (cleaned.EndsWith('%'))
        {
            cleaned = cleaned[..^1];
        }
        // A point as the decimal comma, as for kronor; the typographic minus as a minus.
        cleaned = new string([.. cleaned.Where(c => !char.IsWhiteSpace(c))]).Replace('\u2212', '-').Replace('.', ',');
        if (!decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Swedish.Culture, out var percent))
        {
            return false;
        }
        var inBasisPoints = percent * BasisPointsPerPercent;
        if (inBasisPoints != decimal.Truncate(inBasisPoints) || inBasisPoints > int.MaxValue || inBasisPoints < -int.MaxValue)
        {
            return false;
        }
        basisPoints = (int)inBasisPoints;
        return true;
    }
}
