using Finsam.Web.Formatting;

namespace Finsam.Web.Components.Regional;

// How the roll-up table orders its rows: by the chosen column, either way. By name, every
// federation takes its place; by a figure, one whose budget could not be computed has none to
// compare, so it stands last, by name, whichever way the figures run. Equal figures keep the
// alphabetical order.
public static class RollUpSorting
{
    private static readonly StringComparer ByName = StringComparer.Create(Swedish.Culture, ignoreCase: true);

    // A figure is looked at largest first, a name from A.
    public static bool DescendingFirst(RollUpColumn column) => column != RollUpColumn.Federation;

    public static IReadOnlyList<RollUpRow> Sort(IEnumerable<RollUpRow> rows, RollUpColumn column, bool descending)
    {
        var byName = rows.OrderBy(row => row.FederationName, ByName).ThenBy(row => row.FederationId, StringComparer.Ordinal).ToList();
        if (column == RollUpColumn.Federation)
        {
            return descending ? [.. Enumerable.Reverse(byName)] : byName;
        }
        // LINQ's ordering is stable: equal keys stay in the alphabetical order.
        var computed = byName.Where(row => row.Computed);
        var sorted = descending ? computed.OrderByDescending(row => Key(row, column)) : computed.OrderBy(row => Key(row, column));
        return [.. sorted, .. byName.Where(row => !row.Computed)];
    }

    private static long Key(RollUpRow row, RollUpColumn column) => column switch
    {
        RollUpColumn.Status => (long)row.Figures.Status,
        RollUpColumn.Contributions => row.Figures.ContributionsOre,
        RollUpColumn.Costs => row.Figures.CostsOre,
        RollUpColumn.Result => row.Figures.ResultOre,
        RollUpColumn.Equity => row.Figures.EquityOre,
        RollUpColumn.EquityShare => row.Figures.EquityShareBasisPoints,
        RollUpColumn.IndividualShare => row.Figures.IndividualShareBasisPoints,
        RollUpColumn.GoalsNotMet => row.Figures.GoalsNotMet,
        _ => 0,
    };
}
