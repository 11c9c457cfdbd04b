using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Grants.V1;
using DocumentTable = Finsam.Documents.Composition.Table;

namespace Finsam.Documents.Composition;

// Beviljade insatser: each effort with money decided for the document's year, the columns the
// template asks for, and what the board decided for it in each year of the budget.
public sealed partial class BudgetTables
{
    private static readonly EffortColumn[] DefaultEffortColumns = [EffortColumn.Kind, EffortColumn.CostGroup];

    private DocumentTable GrantedEfforts()
    {
        var decided = new DecidedEfforts(inputs);
        var efforts = decided.All();
        var columns = inputs.Template.EffortColumns.Count > 0 ? [.. inputs.Template.EffortColumns] : DefaultEffortColumns;
        var years = _years.Count > 0 ? _years.Select(y => y.Year).ToList() : [inputs.Year];

        string Decided(long ore) => ore == 0 ? Nothing : Amount(ore);

        var rows = efforts
            .Select(e => new TableRow(e.DisplayName, [
                .. columns.Select(column => Cell(column, e, decided)),
                .. years.Select(year => Decided(decided.AmountIn(e.Effort, year)))]))
            .Append(new TableRow(Label("Summa beviljade insatser"), [
                .. columns.Select(_ => ""),
                .. years.Select(year => Decided(efforts.Sum(e => decided.AmountIn(e.Effort, year))))], RowStyle.Total))
            .ToList();
        return new DocumentTable(["Insats", .. columns.Select(ColumnHeading), .. years.Select(Year)], rows, UnitNote) { TextColumns = columns.Length };
    }

    private string Cell(EffortColumn column, DecidedEfforts.Decided effort, DecidedEfforts decided)
    {
        var stored = inputs.Efforts.FirstOrDefault(e => e.Name == effort.Effort);
        return column switch
        {
            EffortColumn.Kind => KindName(effort.Kind),
            EffortColumn.CostGroup => effort.CostGroup,
            EffortColumn.Owner => stored?.Owner ?? "",
            EffortColumn.Period => stored is null ? "" : Period(stored.StartOn, stored.EndOn),
            EffortColumn.Decision => decided.DecisionOf(effort.Effort) is { } decision ? $"{decision.DecidedOn}, dnr {decision.ReferenceNumber}" : "",
            _ => "",
        };
    }

    private static string ColumnHeading(EffortColumn column) => column switch
    {
        EffortColumn.Kind => "Inriktning",
        EffortColumn.CostGroup => "Kostnadsgrupp",
        EffortColumn.Owner => "Huvudman",
        EffortColumn.Period => "Period",
        EffortColumn.Decision => "Styrelsebeslut",
        _ => "",
    };

    // "2025–2027", "2026" for one year, "2025–" while it has no end.
    private static string Period(string startOn, string endOn)
    {
        var first = SwedishFormat.ParseIsoDate(startOn)?.Year;
        var last = SwedishFormat.ParseIsoDate(endOn)?.Year;
        return (first, last) switch
        {
            (null, _) => "",
            ({ } a, { } b) when a == b => Year(a),
            ({ } a, { } b) => $"{Year(a)}–{Year(b)}",
            ({ } a, null) => $"{Year(a)}–",
        };
    }
}
