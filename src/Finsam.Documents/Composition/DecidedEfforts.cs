using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Grants.V1;

namespace Finsam.Documents.Composition;

// The money the board has decided for the document's year, effort by effort: grants'
// decided lines, which add up to what the budget's decided groups hold. Inputs kept
// before the decided lines were (their effort_costs absent) read the efforts' cost lines,
// as they were rendered then.
public sealed class DecidedEfforts(DocumentInputs inputs)
{
    public sealed record Decided(string Effort, string DisplayName, EffortKind Kind, string CostGroup, long AmountOre);

    private bool KeptDecidedLines => inputs.EffortCosts is not null;

    // Every effort with money decided for the year, in the order documents list them:
    // individual before structural, then by cost group and name.
    public IReadOnlyList<Decided> All()
    {
        var decided = KeptDecidedLines
            ? inputs.EffortCosts.Lines
                .Where(l => l.Year == inputs.Year)
                .GroupBy(l => l.Effort, StringComparer.Ordinal)
                .Select(g => new Decided(g.Key, g.First().EffortDisplayName, g.First().Kind, g.First().CostGroup, g.Sum(l => l.AmountOre)))
            : inputs.Efforts.Select(e => new Decided(e.Name, e.DisplayName, e.Kind, e.CostGroup, CostLines(e)));
        return [.. decided
            .OrderBy(e => e.Kind)
            .ThenBy(e => e.CostGroup, StringComparer.Ordinal)
            .ThenBy(e => e.DisplayName, StringComparer.Ordinal)];
    }

    // What the board decided for the effort in the year; 0 when no decision covers it.
    public long AmountOf(Effort effort) =>
        KeptDecidedLines
            ? inputs.EffortCosts.Lines.Where(l => l.Year == inputs.Year && l.Effort == effort.Name).Sum(l => l.AmountOre)
            : CostLines(effort);

    private long CostLines(Effort effort) => effort.CostLines.Where(l => l.Year == inputs.Year).Sum(l => l.AmountOre);
}
