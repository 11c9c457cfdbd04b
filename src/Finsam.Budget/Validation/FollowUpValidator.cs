using System.Globalization;
using Finsam.ServiceKit.Grpc;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Validation;

// A follow-up's month and a forecast's date and entries, judged against the financial year.
public static class FollowUpValidator
{
    private const int MaxEntered = 2_000;
    private const int MaxKeyLength = 300;

    // The month asked, one of the year's; none: the last month with actuals, else the first.
    public static DateOnly ThroughMonth(string asked, string field, IReadOnlyList<DateOnly> months, IEnumerable<DateOnly> booked)
    {
        if (asked.Length == 0)
        {
            var last = booked.Where(months.Contains).DefaultIfEmpty(months[0]).Max();
            return last;
        }
        if (!DateOnly.TryParseExact(asked + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            FieldViolations.Throw(field, ViolationReason.InvalidFormat, "A month as YYYY-MM.");
        }
        FieldViolations.ThrowWhen(!months.Contains(month), field, ViolationReason.OutOfRange,
            $"A month of the financial year, {Month(months[0])} to {Month(months[^1])}.");
        return month;
    }

    public static void ValidateForecast(Contract.SaveForecastRequest request)
    {
        var violations = new FieldViolations();
        violations.AddWhen(!DateOnly.TryParseExact(request.ReportDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "report_date", ViolationReason.InvalidFormat, "A date as YYYY-MM-DD.");
        violations.AddWhen(request.ThroughMonth.Length == 0, "through_month", ViolationReason.Required, "Required: the month the actuals are counted through.");
        violations.AddWhen(request.EnteredOre.Count > MaxEntered, "entered_ore", ViolationReason.TooMany, $"At most {MaxEntered}.");
        violations.AddWhen(request.EnteredOre.Keys.Any(key => key.Length is 0 or > MaxKeyLength || key.Any(char.IsControl)),
            "entered_ore", ViolationReason.InvalidValue, "Each entry keyed by a row of the follow-up.");
        violations.ThrowIfAny();
    }

    private static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
