namespace Finsam.Grants.Domain;

public sealed record EffortCosts(string Effort, string DisplayName, EffortKind Kind, string CostGroup, EffortStatus Status, IReadOnlyList<CostLine> Lines);

public sealed record Reserved(int Year, long AmountOre, string Label);

public sealed record CostLineOfEffort(EffortCosts Effort, CostLine Line);

public sealed record YearTotals(
    int Year,
    long GrantedOre,
    long IndividualOre,
    long StructuralOre,
    long ReservedOre,
    string ReservedLabel,
    IReadOnlyList<(string CostGroup, long AmountOre)> CostGroups);

// What the budget takes from grants: the lines of efforts that have money (granted,
// running or ended), totalled per year by kind and cost group, and the reserved money
// apart. Drafts, applications, rejections and withdrawals cost nothing.
public static class CostAggregation
{
    public static (IReadOnlyList<CostLineOfEffort> Lines, IReadOnlyList<YearTotals> Years) Aggregate(
        IEnumerable<EffortCosts> efforts, IEnumerable<Reserved> reservations, int firstYear, int lastYear)
    {
        var lines = efforts
            .Where(e => EffortTransitions.HasMoney(e.Status))
            .SelectMany(e => e.Lines.Where(l => l.Year >= firstYear && l.Year <= lastYear).Select(l => new CostLineOfEffort(e, l)))
            .ToList();
        var reserved = reservations.ToDictionary(r => r.Year);

        var years = Enumerable.Range(firstYear, lastYear - firstYear + 1).Select(year =>
        {
            var ofYear = lines.Where(l => l.Line.Year == year).ToList();
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
                    .ToList());
        }).ToList();

        return (lines, years);
    }
}
