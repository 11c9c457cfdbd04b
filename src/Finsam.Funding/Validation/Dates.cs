using System.Globalization;
using Finsam.ServiceKit.Grpc;

namespace Finsam.Funding.Validation;

// Dates travel as YYYY-MM-DD, the way Swedish documents write them.
public static class Dates
{
    private const string Pattern = "yyyy-MM-dd";

    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    public static DateOnly? Parse(string value, string field, FieldViolations violations)
    {
        if (DateOnly.TryParseExact(value, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        violations.Add(field, ViolationReason.InvalidFormat, "Expected a date as YYYY-MM-DD.");
        return null;
    }
}
