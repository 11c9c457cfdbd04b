using System.Globalization;

namespace Finsam.Budget.Domain.FollowUp.Csv;

// The cells' values as a Swedish or an English spreadsheet writes them. Amounts are read digit by
// digit into öre, never through a floating-point number.
internal static class CsvValues
{
    // Below 10^15 kronor an amount in öre, and a debit less a credit, stay far inside a long.
    private const int MaxKronorDigits = 15;

    // "1 234,50", "1234.50", "-1234,5", "1 234", "−12": a minus (- or U+2212) or plus, digits in
    // groups of three apart by a space (plain, non-breaking or narrow non-breaking, as Excel and
    // .NET write Swedish numbers), a decimal comma or point and one or two decimals. Anything
    // else is refused rather than guessed: "1,234" could be either a thousand or one krona.
    public static bool TryAmount(string text, out long ore)
    {
        ore = 0;
        var s = text.AsSpan().Trim();
        var negative = false;
        if (!s.IsEmpty && s[0] is '-' or '\u2212' or '+')
        {
            negative = s[0] != '+';
            s = s[1..];
        }

        long kronor = 0;
        var digits = 0;
        var inGroup = 0;
        var grouped = false;
        var at = 0;
        for (; at < s.Length; at++)
        {
            var c = s[at];
            if (char.IsAsciiDigit(c))
            {
                if (++digits > MaxKronorDigits)
                {
                    return false;
                }
                kronor = kronor * 10 + (c - '0');
                inGroup++;
            }
            else if (c is ' ' or '\u00A0' or '\u202F')
            {
                // The first group has one to three digits, every later one three.
                if (inGroup == 0 || inGroup > 3 || (grouped && inGroup != 3))
                {
                    return false;
                }
                grouped = true;
                inGroup = 0;
            }
            else
            {
                break;
            }
        }
        if (digits == 0 || (grouped && inGroup != 3))
        {
            return false;
        }

        long fraction = 0;
        if (at < s.Length)
        {
            var decimals = s[(at + 1)..];
            if (s[at] is not (',' or '.') || decimals.Length is 0 or > 2 || decimals.ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }
            fraction = int.Parse(decimals, NumberStyles.None, CultureInfo.InvariantCulture) * (decimals.Length == 1 ? 10 : 1);
        }
        ore = kronor * 100 + fraction;
        if (negative)
        {
            ore = -ore;
        }
        return true;
    }

    public static bool TryAccount(string text) => text.Length > 0 && !text.AsSpan().ContainsAnyExceptInRange('0', '9');

    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    // A month as YYYY-MM or YYYYMM, by its first day.
    public static bool TryMonth(string text, out DateOnly firstDay)
    {
        firstDay = default;
        return text.Length is 6 or 7
            && DateOnly.TryParseExact(text.Length == 7 ? text + "-01" : text + "01", text.Length == 7 ? "yyyy-MM-dd" : "yyyyMMdd",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out firstDay);
    }
}
