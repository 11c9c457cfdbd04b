using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Grants.V1;
using static Finsam.Documents.Composition.SwedishFormat;
using DocumentTable = Finsam.Documents.Composition.Table;

namespace Finsam.Documents.Composition;

// The document's tables, laid out as Swedish federations print them, from the budget's
// computed report: no figure is worked out here, only placed and formatted. Row labels are
// printed as the template's `row_labels` say, already filled in (`printedLabels`); without
// them, as the template writes them.
public sealed partial class BudgetTables(DocumentInputs inputs, IReadOnlyDictionary<string, string>? printedLabels = null)
{
    private const string Nothing = "-";

    private readonly AmountUnit _unit = inputs.Template.Unit;
    private readonly IReadOnlyList<YearReport> _years = inputs.BudgetReport.Years.Where(y => !y.Forecast).ToList();
    private readonly YearReport? _forecast = inputs.BudgetReport.Years.FirstOrDefault(y => y.Forecast);

    private string UnitNote => _unit == AmountUnit.Kronor ? "Belopp i kronor" : "Belopp i tkr";

    // The first year the budget covers; a report without years (nothing computed) has the
    // document's year with no figures.
    private YearReport BudgetYear => _years.Count > 0 ? _years[0] : new YearReport { Year = inputs.Year };

    public DocumentTable Build(TableKind kind) => kind switch
    {
        TableKind.BudgetWithPlan => BudgetWithPlan(),
        TableKind.DetailedBudget => DetailedBudget(),
        TableKind.ResultBudget => ResultBudget(),
        TableKind.BalanceBudget => BalanceBudget(),
        TableKind.GrantedEfforts => GrantedEfforts(),
        TableKind.Contributions => Contributions(),
        TableKind.BudgetRoom => BudgetRoom(),
        TableKind.DetailedBudgetWithPlan => DetailedBudgetWithPlan(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a table."),
    };

    private DocumentTable BudgetWithPlan()
    {
        var rows = new List<TableRow>();
        rows.AddRange(IncomeRows());
        rows.Add(Total("Summa intäkter", y => y.IncomeOre));
        rows.Add(new TableRow(Label("Kostnader"), [.. _years.Select(_ => "")], RowStyle.Group));
        var groups = Keyed(_years.SelectMany(y => y.CostGroups), g => g.Key, g => g.Label);
        foreach (var (key, label) in groups)
        {
            rows.Add(new TableRow(Label(label), [.. _years.Select(y => Cost(y.CostGroups.Where(g => g.Key == key).Sum(g => g.AmountOre)))]));
            rows.AddRange(SubtotalsAfter(key, groups));
        }
        rows.AddRange(SubtotalsAfter(null, groups));
        rows.Add(new TableRow(Label("Summa kostnader"), [.. _years.Select(y => Cost(y.CostsOre))], RowStyle.Total));
        rows.Add(Total("Budgeterat resultat", y => y.ResultOre));
        return new DocumentTable(["Intäkter", .. _years.Select(y => Year(y.Year))], rows, UnitNote);
    }

    private DocumentTable DetailedBudget()
    {
        var year = BudgetYear;
        var groups = Keyed(year.CostGroups, g => g.Key, g => g.Label);
        var rows = new List<TableRow>();
        rows.AddRange(year.Income.Select(i => new TableRow(Label(i.Label), [Amount(i.AmountOre)])));
        rows.Add(new TableRow("Summa intäkter", [Amount(year.IncomeOre)], RowStyle.Total));
        foreach (var group in year.CostGroups)
        {
            rows.AddRange(GroupWithLines(group));
            rows.AddRange(SubtotalsAfter(group.Key, groups, [year]));
        }
        rows.AddRange(SubtotalsAfter(null, groups, [year]));
        rows.Add(new TableRow($"Summa kostnader {year.Year}", [Cost(year.CostsOre)], RowStyle.Total));
        rows.Add(new TableRow($"Resultat {year.Year}", [Amount(year.ResultOre)], RowStyle.Total));
        return new DocumentTable(["Post", $"Budget {year.Year}"], rows, UnitNote);
    }

    // A group's lines under its label and over its sum; a group without lines is one row,
    // left out when it holds nothing.
    private IEnumerable<TableRow> GroupWithLines(GroupReport group)
    {
        var label = Label(group.Label);
        if (group.Lines.Count == 0)
        {
            return group.AmountOre == 0 ? [] : [new TableRow(label, [Cost(group.AmountOre)])];
        }
        return
        [
            new TableRow(label, [""], RowStyle.Group),
            .. group.Lines.Select(l => new TableRow(Label(l.Label), [Cost(l.AmountOre)])),
            new TableRow(SumLabel(label), [Cost(group.AmountOre)], RowStyle.Total),
        ];
    }

    // The subtotals shown after the group keyed `after`; with null, those whose group is not
    // among the table's groups, which then close the costs.
    private IEnumerable<TableRow> SubtotalsAfter(string? after, IReadOnlyList<(string Key, string Label)> groups, IReadOnlyList<YearReport>? years = null)
    {
        years ??= _years;
        var subtotals = Keyed(years.SelectMany(y => y.Subtotals), s => s.Key, s => s.Label);
        var placed = years.SelectMany(y => y.Subtotals).GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.First().After);
        return subtotals
            .Where(s => after is null ? !groups.Any(g => g.Key == placed[s.Key]) : placed[s.Key] == after)
            .Select(s => new TableRow(Label(s.Label), [.. years.Select(y => Cost(y.Subtotals.Where(t => t.Key == s.Key).Sum(t => t.AmountOre)))], RowStyle.Total));
    }

    // Budgetutrymme: what the years' income and the surplus before them leave, group by group.
    private DocumentTable BudgetRoom()
    {
        var rooms = _years.Select(y => y.Room ?? new BudgetRoom()).ToList();
        var rows = new List<TableRow>
        {
            new(Label("Ingående överskott"), [.. rooms.Select(r => Amount(r.OpeningSurplusOre))]),
            new(Label("Medlemsbidrag"), [.. rooms.Select(r => Amount(r.ContributionsOre))]),
            new(Label("Övriga intäkter"), [.. rooms.Select(r => Amount(r.OtherIncomeOre))]),
        };
        rows.AddRange(Keyed(rooms.SelectMany(r => r.CostGroups), g => g.Key, g => g.Label)
            .Select(g => new TableRow(Label(g.Label), [.. rooms.Select(r => Cost(r.CostGroups.Where(c => c.Key == g.Key).Sum(c => c.AmountOre)))])));
        rows.Add(new TableRow(Label("Utgående överskott"), [.. rooms.Select(r => Amount(r.ClosingSurplusOre))], RowStyle.Total));
        return new DocumentTable(["", .. _years.Select(y => Year(y.Year))], rows, UnitNote);
    }

    private DocumentTable ResultBudget() => new(
        ["", .. Columns().Select(ColumnHeader)],
        [
            Row("Verksamhetens intäkter", y => y.OperatingIncomeOre),
            Row("Verksamhetens kostnader", y => -y.OperatingCostsOre),
            Row("Avskrivningar", y => -y.DepreciationOre, dashWhenZero: true),
            Row("Verksamhetens nettokostnader", y => y.NetOperatingCostOre, RowStyle.Total),
            Row("Finansiella intäkter", y => y.FinancialIncomeOre),
            Row("Finansiella kostnader", y => -y.FinancialCostsOre),
            Row("Årets resultat", y => y.ResultOre, RowStyle.Total),
        ],
        UnitNote);

    private DocumentTable BalanceBudget()
    {
        List<TableRow> rows =
        [
            Row("Anläggningstillgångar", y => y.FixedAssetsOre, dashWhenZero: true),
            Row("Omsättningstillgångar", y => y.CurrentAssetsOre),
            Row("Summa tillgångar", y => y.TotalAssetsOre, RowStyle.Total),
            Row("Balanserat eget kapital", y => y.OpeningEquityOre),
            Row("Årets resultat", y => y.ResultOre),
            Row("Summa eget kapital", y => y.EquityOre, RowStyle.Total),
            Row("Summa avsättningar", y => y.ProvisionsOre, RowStyle.Total, dashWhenZero: true),
            Row("Långfristiga skulder", y => y.LongTermLiabilitiesOre, dashWhenZero: true),
            Row("Kortfristiga skulder", y => y.ShortTermLiabilitiesOre),
            Row("Summa skulder", y => y.LongTermLiabilitiesOre + y.ShortTermLiabilitiesOre, RowStyle.Total, dashWhenZero: true),
            Row("Summa eget kapital, avsättningar och skulder", y => y.EquityProvisionsAndLiabilitiesOre, RowStyle.Total),
        ];
        if (inputs.Template.ContingentLiabilities is { Length: > 0 } contingent)
        {
            rows.Add(new TableRow(Label("Ansvarsförbindelser"), [.. Columns().Select(_ => contingent)]));
        }
        return new DocumentTable(["", .. Columns().Select(ColumnHeader)], rows, UnitNote);
    }

    public static string KindName(EffortKind kind) => kind switch
    {
        EffortKind.Individual => "Individinriktad",
        EffortKind.Structural => "Strukturinriktad",
        _ => "",
    };

    private IEnumerable<TableRow> IncomeRows() =>
        _years.SelectMany(y => y.Income).Select(i => i.Label).Distinct().Select(IncomeRow);

    // Each key once, in the order first seen, with the label it was first seen with.
    private static List<(string Key, string Label)> Keyed<T>(IEnumerable<T> items, Func<T, string> key, Func<T, string> label) =>
        [.. items.DistinctBy(key).Select(i => (key(i), label(i)))];

    private TableRow Total(string label, Func<YearReport, long> amount) =>
        new(Label(label), [.. _years.Select(y => Amount(amount(y)))], RowStyle.Total);

    private TableRow Row(string label, Func<YearReport, long> amount, RowStyle style = RowStyle.Line, bool dashWhenZero = false) =>
        new(Label(label), [.. Columns().Select(y => amount(y) == 0 && (dashWhenZero || inputs.Template.DashForZero) ? Nothing : Amount(amount(y)))], style);

    private IEnumerable<YearReport> Columns() => _forecast is null ? _years : _years.Prepend(_forecast);

    private string ColumnHeader(YearReport year) =>
        year.Forecast ? $"Prognos {Year(year.Year)}"
        : year.Year == BudgetYear.Year ? $"Budget {Year(year.Year)}"
        : $"Plan {Year(year.Year)}";

    private static string Year(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private string Label(string label) =>
        (printedLabels ?? inputs.Template.RowLabels).TryGetValue(label, out var printed) && printed.Length > 0 ? printed : label;

    private string Amount(long ore) => SwedishFormat.Amount(ore, _unit);

    // A cost as the federation prints costs: the report's positive figure, or negated.
    private string Cost(long ore) => Amount(inputs.BudgetReport.CostsAsNegative ? -ore : ore);
}
