namespace Finsam.Grants.Domain;

// An effort as the budget's question sees it: what it is, its cost lines, and what the board
// decided for it year by year (DecidedMoney).
public sealed record EffortCosts(
    string Effort,
    string DisplayName,
    EffortKind Kind,
    string CostGroup,
    EffortStatus Status,
    IReadOnlyList<CostLine> Lines,
    IReadOnlyDictionary<int, DecidedYear> Decided);

public sealed record Reserved(int Year, long AmountOre, string Label);

// One line of an effort's costs; Decision is null for a line no decision covers.
public sealed record CostLineOfEffort(EffortCosts Effort, CostLine Line, string? Decision);

public sealed record YearTotals(
    int Year,
    long GrantedOre,
    long IndividualOre,
    long StructuralOre,
    long ReservedOre,
    string ReservedLabel,
    IReadOnlyList<(string CostGroup, long AmountOre)> CostGroups,
    long UndecidedOre);

// Decided lines add up to each year's granted money; undecided lines to its undecided money.
public sealed record AggregatedCosts(IReadOnlyList<CostLineOfEffort> Decided, IReadOnlyList<CostLineOfEffort> Undecided, IReadOnlyList<YearTotals> Years);

// What the budget takes from grants. Only efforts that have money (granted, running or ended)
// cost anything; drafts, applications, rejections and withdrawals do not. Of theirs, the
// decided money is what the board decided for a year, whatever the cost lines say; the lines
// of a year no decision covers are planned, not decided, and are counted apart. The reserved
// money stands apart too.
public static class CostAggregation
{
    public static AggregatedCosts Aggregate(IEnumerable<EffortCosts> efforts, IEnumerable<Reserved> reservations, int firstYear, int lastYear)
    {
        var asked = Enumerable.Range(firstYear, lastYear - firstYear + 1).ToList();
        var withMoney = efforts.Where(e => EffortTransitions.HasMoney(e.Status)).ToList();
        var decided = withMoney.SelectMany(e => asked.Where(e.Decided.ContainsKey).SelectMany(year => DecidedLines(e, e.Decided[year]))).ToList();
        var undecided = withMoney
            .SelectMany(e => e.Lines.Where(l => asked.Contains(l.Year) && !e.Decided.ContainsKey(l.Year)).Select(l => new CostLineOfEffort(e, l, null)))
            .ToList();
        var reserved = reservations.ToDictionary(r => r.Year);

        var years = asked.Select(year =>
        {
            var ofYear = decided.Where(l => l.Line.Year == year).ToList();
            var kept = reserved.GetValueOrDefault(year);
            return new YearTotals(
                year,
                ofYear.Sum(l => l.Line.AmountOre),
                ofYear.Where(l => l.Effort.Kind == EffortKind.Individual).Sum(l => l.Line.AmountOre),
                ofYear.Where(l => l.Effort.Kind == EffortKind.Structural).Sum(l => l.Line.AmountOre),
                kept?.AmountOre ?? 0,
                kept?.Label ?? "",
                ofYear.GroupBy(l => l.Effort.CostGroup)
                    .Select(g => (g.Key, g.Sum(l => l.Line.AmountOre)))
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .ToList(),
                undecided.Where(l => l.Line.Year == year).Sum(l => l.Line.AmountOre));
        }).ToList();

        return new AggregatedCosts(decided, undecided, years);
    }

    // The effort's lines of the year when the board granted what they add up to; otherwise
    // they are not what was decided, and the decided amount stands as one line of the effort.
    private static IEnumerable<CostLineOfEffort> DecidedLines(EffortCosts effort, DecidedYear decided)
    {
        var lines = effort.Lines.Where(l => l.Year == decided.Year).ToList();
        return lines.Sum(l => l.AmountOre) == decided.AmountOre
            ? lines.Select(l => new CostLineOfEffort(effort, l, decided.Decision))
            : [new CostLineOfEffort(effort, new CostLine(decided.Year, effort.DisplayName, decided.AmountOre), decided.Decision)];
    }
}
