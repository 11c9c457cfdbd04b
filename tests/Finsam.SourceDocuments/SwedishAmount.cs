using System.Globalization;

namespace Finsam.SourceDocuments;

// An amount as a Swedish plan prints it: "1 250 000", "-1 250 000", "- 7 617" (the reference's
// spacing), "1 844,5", with plain, non-breaking or narrow spaces between thousands; a blank cell
// or a dash is nothing, read as zero.
public static class SwedishAmount
{
    private static readonly NumberFormatInfo Swedish = new() { NumberDecimalSeparator = ",", NegativeSign = "-" };

    public static decimal Parse(string text)
    {
        var compact = new string([.. text.Where(c => !char.IsWhiteSpace(c))]).Replace('\u2212', '-');
        if (compact is "" or "-" or "–")
        {
            return 0;
        }

        return decimal.TryParse(compact, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Swedish, out var amount)
            ? amount
            : throw new FormatException($"\"{text}\" is not an amount.");
    }
}
