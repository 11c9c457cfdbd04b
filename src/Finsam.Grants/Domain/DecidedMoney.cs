namespace Finsam.Grants.Domain;

// A decision as recorded for an effort: its name, and when it was recorded, which orders two
// decisions of the same day.
public sealed record RecordedDecision(string Name, BoardDecision Decision, DateTimeOffset RecordedAt);

// What is decided for an effort and a year: the amount, and the decision that grants it.
public sealed record DecidedYear(int Year, long AmountOre, string Decision, string ReferenceNumber);

// Money counted as decided is what the board decided. For each year some decision covers, the
// latest of them (by the day it was decided, then as recorded) says the amount, so a new
// decision for a year sets it anew; a year no decision covers has nothing decided, whatever
// its cost lines say. The cost lines of a decided year stay as they were when it was decided.
public static class DecidedMoney
{
    public static IReadOnlyDictionary<int, DecidedYear> Of(IEnumerable<RecordedDecision> decisions)
    {
        var decided = new Dictionary<int, DecidedYear>();
        foreach (var recorded in decisions.OrderBy(d => d.Decision.DecidedOn).ThenBy(d => d.RecordedAt).ThenBy(d => d.Name, StringComparer.Ordinal))
        {
            foreach (var granted in recorded.Decision.Granted)
            {
                decided[granted.Year] = new DecidedYear(granted.Year, granted.AmountOre, recorded.Name, recorded.Decision.ReferenceNumber);
            }
        }
        return decided;
    }

    // Null when the change keeps every decided year's cost lines; otherwise why not, naming
    // the years. Lines in another order are the same lines.
    public static string? WhyNotChange(IEnumerable<CostLine> stored, IEnumerable<CostLine> proposed, IReadOnlyDictionary<int, DecidedYear> decided)
    {
        var before = stored.ToList();
        var after = proposed.ToList();
        var changed = decided.Values
            .Where(year => !Same(Of(before, year.Year), Of(after, year.Year)))
            .OrderBy(year => year.Year)
            .ToList();
        if (changed.Count == 0)
        {
            return null;
        }
        var named = string.Join(", ", changed.Select(year => $"{year.Year} ({year.ReferenceNumber})"));
        return $"The board has decided the money for {named}: the cost lines of a decided year stay as they are, and only a new decision changes what is granted for it.";
    }

    // Null when the effort's period still holds every year the board has decided money for;
    // otherwise why not, naming the years: the decision stands, so the period must hold it.
    public static string? WhyNotPeriod(EffortPeriod period, IReadOnlyDictionary<int, DecidedYear> decided)
    {
        var outside = decided.Values.Where(year => !period.Includes(year.Year)).OrderBy(year => year.Year).ToList();
        return outside.Count == 0
            ? null
            : $"The board has decided money for {string.Join(", ", outside.Select(year => $"{year.Year} ({year.ReferenceNumber})"))}, outside a period {period.Describe()}: only a new decision changes what is granted for a year.";
    }

    private static List<CostLine> Of(IEnumerable<CostLine> lines, int year) =>
        lines.Where(l => l.Year == year).OrderBy(l => l.Description, StringComparer.Ordinal).ThenBy(l => l.AmountOre).ToList();

    private static bool Same(List<CostLine> before, List<CostLine> after) => before.SequenceEqual(after);
}
