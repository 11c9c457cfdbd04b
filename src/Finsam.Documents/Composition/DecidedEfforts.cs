using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Grants.V1;

namespace Finsam.Documents.Composition;

// The money the board has decided for the document's year, effort by effort: grants' decided
// lines, which add up to what the budget's decided groups hold. Inputs kept before the decided
// lines were (their effort_costs absent) read the efforts' cost lines, as they were rendered then.
public sealed class DecidedEfforts(DocumentInputs inputs)
{
    public sealed record Decided(string Effort, string DisplayName, EffortKind Kind, string CostGroup, long AmountOre);

    private bool KeptDecidedLines => inputs.EffortCosts is not null;

    // Every effort with money decided for the year, in the order documents list them:
    // individual before structural, each in the order grants gives them (the federation's).
    public IReadOnlyList<Decided> All()
    {
        var decided = KeptDecidedLines
            ? inputs.EffortCosts.Lines
                .Where(l => l.Year == inputs.Year)
                .GroupBy(l => l.Effort, StringComparer.Ordinal)
                .Select(g => new Decided(g.Key, g.First().EffortDisplayName, g.First().Kind, g.First().CostGroup, g.Sum(l => l.AmountOre)))
            : inputs.Efforts.Select(e => new Decided(e.Name, e.DisplayName, e.Kind, e.CostGroup, CostLines(e, inputs.Year)));
        return [.. decided.OrderBy(e => e.Kind)];
    }

    // What the board decided for the effort in the document's year; 0 when no decision covers it.
    public long AmountOf(Effort effort) => AmountIn(effort.Name, inputs.Year);

    // What the board decided for the effort in a year of the plan; 0 when no decision covers it.
    public long AmountIn(string effort, int year) =>
        KeptDecidedLines
            ? inputs.EffortCosts.Lines.Where(l => l.Year == year && l.Effort == effort).Sum(l => l.AmountOre)
            : inputs.Efforts.Where(e => e.Name == effort).Sum(e => CostLines(e, year));

    // The board decision that decides the effort's money for the document's year, where the
    // inputs name it.
    public Decision? DecisionOf(string effort) =>
        KeptDecidedLines && inputs.EffortCosts.Lines.FirstOrDefault(l => l.Year == inputs.Year && l.Effort == effort && l.Decision.Length > 0) is { } line
            ? inputs.Decisions.FirstOrDefault(d => d.Name == line.Decision)
            : null;

    private static long CostLines(Effort effort, int year) => effort.CostLines.Where(l => l.Year == year).Sum(l => l.AmountOre);
}
