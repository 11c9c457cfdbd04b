namespace Finsam.Budget.Domain.FollowUp;

// A forecast for the whole year at a report date (a tertial, a board meeting): per line, what
// the officer entered, or the actual to date plus what the budget has left for the rest of the
// year. Saved, it is locked: a later forecast is a new version, this one stays as reported.
public sealed class Forecast
{
    private readonly Dictionary<string, long> _entered = new(StringComparer.Ordinal);

    public Forecast(DateOnly reportDate, DateOnly throughMonth)
    {
        ReportDate = reportDate;
        ThroughMonth = throughMonth;
    }

    public DateOnly ReportDate { get; }

    public DateOnly ThroughMonth { get; }

    public bool IsLocked { get; private set; }

    public IReadOnlyDictionary<string, long> Entered => _entered;

    public void Enter(string lineKey, long? yearOre)
    {
        if (IsLocked)
        {
            throw new InvalidOperationException("A locked forecast is kept as it was reported.");
        }
        if (yearOre is { } value)
        {
            _entered[lineKey] = value;
        }
        else
        {
            _entered.Remove(lineKey);
        }
    }

    public void Lock() => IsLocked = true;

    public long YearOf(LineFollowUp line) =>
        _entered.TryGetValue(line.Key, out var entered) ? entered : Projected(line);

    // What a line is forecast at when nothing is entered for it.
    public static long Projected(LineFollowUp line) => line.ActualToDateOre + (line.BudgetYearOre - line.BudgetToDateOre);

    // The year's result as forecast: incomes less costs.
    public long ResultOre(IEnumerable<LineFollowUp> lines) =>
        lines.Sum(line => line.Side == FollowUpSide.Income ? YearOf(line) : -YearOf(line));
}
