using System.Globalization;
using Finsam.ServiceKit.Grpc;

namespace Finsam.Grants.Validation;

// Dates in requests are YYYY-MM-DD; empty means no date.
public static class Dates
{
    public const string Format = "yyyy-MM-dd";

    public static DateOnly? Parse(string value, string field, FieldViolations violations)
    {
        if (value.Length == 0)
        {
            return null;
        }
        if (TryParse(value) is { } date)
        {
            return date;
        }
        violations.Add(field, ViolationReason.InvalidFormat, "Expected a date as YYYY-MM-DD.");
        return null;
    }

    // A date already validated, or null for none.
    public static DateOnly? Parse(string value) => TryParse(value);

    private static DateOnly? TryParse(string value) =>
        DateOnly.TryParseExact(value, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
