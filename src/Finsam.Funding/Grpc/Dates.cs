using System.Globalization;
using Finsam.ServiceKit.Grpc;

namespace Finsam.Funding.Grpc;

// Dates travel as YYYY-MM-DD, the way Swedish documents write them.
public static class Dates
{
    private const string Format_ = "yyyy-MM-dd";

    public static string Format(DateOnly date) => date.ToString(Format_, CultureInfo.InvariantCulture);

    public static DateOnly? Parse(string value, string field, FieldViolations violations)
    {
        if (DateOnly.TryParseExact(value, Format_, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        violations.Add(field, ViolationReason.InvalidFormat, "Expected a date as YYYY-MM-DD.");
        return null;
    }
}
