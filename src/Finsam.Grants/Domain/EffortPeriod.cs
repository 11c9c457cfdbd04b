using System.Globalization;

namespace Finsam.Grants.Domain;

// When an effort runs: from its start to its end, either of which may be open.
public sealed record EffortPeriod(DateOnly? StartOn, DateOnly? EndOn)
{
    // A year counts when any day of it falls in the period.
    public bool Includes(int year) => (StartOn is not { } start || start.Year <= year) && (EndOn is not { } end || year <= end.Year);

    // For the person told that a year is outside it.
    public string Describe() => (StartOn, EndOn) switch
    {
        ({ } start, { } end) => $"from {Date(start)} to {Date(end)}",
        ({ } start, null) => $"from {Date(start)}",
        (null, { } end) => $"until {Date(end)}",
        _ => "without a start or an end",
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
