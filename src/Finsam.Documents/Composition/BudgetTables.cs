using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Grants.V1;
using static Finsam.Documents.Composition.SwedishFormat;
using DocumentTable = Finsam.Documents.Composition.Table;

namespace Finsam.Documents.Composition;

// The document's tables, laid out as Swedish federations print them, from the budget's
// computed report: no figure is worked out here, only placed and formatted.
public sealed class BudgetTables(DocumentInputs inputs)
{
    private const string Nothing = "-";

    private readonly AmountUnit _unit = inputs.Template.Unit;
    private readonly IReadOnlyList<YearReport> _years = inputs.BudgetReport.Years.Where(y => !y.Forecast).ToList();
    private readonly YearReport? _forecast = inputs.BudgetReport.Years.FirstOrDefault(y => y.Forecast);

    private string UnitNote => _unit == AmountUnit.Kronor ? "Belopp i kronor" : "Belopp i tkr";

    private YearReport BudgetYear => _years[0];

    public DocumentTable Build(TableKind kind) => kind switch
    {
        TableKind.BudgetWithPlan => BudgetWithPlan(),
        TableKind.DetailedBudget => DetailedBudget(),
        TableKind.ResultBudget => ResultBudget(),
        TableKind.BalanceBudget => BalanceBudget(),
        TableKind.GrantedEfforts => GrantedEfforts(),
        TableKind.Contributions => Contributions(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a table."),
    };

    private DocumentTable BudgetWithPlan()
    {
        var rows = new List<TableRow>();
        rows.AddRange(IncomeRows());
        rows.Add(Total("Summa intäkter", y => y.IncomeOre));
        rows.Add(new TableRow("Kostnader", [.. _years.Select(_ => "")], RowStyle.Group));
        foreach (var (key, label) in _years.SelectMany(y => y.CostGroups).Select(g => (g.Key, g.Label)).Distinct())
        {
            rows.Add(new TableRow(Label(label), [.. _years.Select(y => Amount(y.CostGroups.Where(g => g.Key == key).Sum(g => g.AmountOre)))]));
        }
        rows.Add(Total("Summa kostnader", y => y.CostsOre));
        rows.Add(Total("Budgeterat resultat", y => y.ResultOre));
        return new DocumentTable(["Intäkter", .. _years.Select(y => Year(y.Year))], rows, UnitNote);
    }

    private DocumentTable DetailedBudget()
    {
        var year = BudgetYear;
        var rows = new List<TableRow>();
        rows.AddRange(year.Income.Select(i => new TableRow(Label(i.Label), [Amount(i.AmountOre)])));
        rows.Add(new TableRow("Summa intäkter", [Amount(year.IncomeOre)], RowStyle.Total));
        foreach (var group in year.CostGroups)
        {
            var label = Label(group.Label);
            if (group.Lines.Count == 0)
            {
                if (group.AmountOre != 0)
                {
                    rows.Add(new TableRow(label, [Amount(group.AmountOre)]));
                }
                continue;
            }
            rows.Add(new TableRow(label, [""], RowStyle.Group));
            rows.AddRange(group.Lines.Select(l => new TableRow(Label(l.Label), [Amount(l.AmountOre)])));
            rows.Add(new TableRow(label.Length == 0 ? "Summa" : $"Summa {char.ToLowerInvariant(label[0])}{label[1..]}", [Amount(group.AmountOre)], RowStyle.Total));
        }
        rows.Add(new TableRow($"Summa kostnader {year.Year}", [Amount(year.CostsOre)], RowStyle.Total));
        rows.Add(new TableRow($"Resultat {year.Year}", [Amount(year.ResultOre)], RowStyle.Total));
        return new DocumentTable(["Post", $"Budget {year.Year}"], rows, UnitNote);
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
            rows.Add(new TableRow("Ansvarsförbindelser", [.. Columns().Select(_ => contingent)]));
        }
        return new DocumentTable(["", .. Columns().Select(ColumnHeader)], rows, UnitNote);
    }

    private DocumentTable GrantedEfforts()
    {
        var year = BudgetYear.Year;
        var efforts = inputs.Efforts
            .Select(e => (Effort: e, Cost: e.CostLines.Where(l => l.Year == year).Sum(l => l.AmountOre)))
            .OrderBy(e => e.Effort.Kind).ThenBy(e => e.Effort.CostGroup, StringComparer.Ordinal).ThenBy(e => e.Effort.DisplayName, StringComparer.Ordinal)
            .ToList();
        var rows = efforts
            .Select(e => new TableRow(e.Effort.DisplayName, [KindName(e.Effort.Kind), e.Effort.CostGroup, Amount(e.Cost)]))
            .Append(new TableRow("Summa", ["", "", Amount(efforts.Sum(e => e.Cost))], RowStyle.Total))
            .ToList();
        return new DocumentTable(["Insats", "Inriktning", "Kostnadsgrupp", Year(year)], rows, UnitNote);
    }

    private DocumentTable Contributions() => new(
        ["Medlem", .. _years.Select(y => Year(y.Year))],
        [.. IncomeRows(), Total("Summa", y => y.IncomeOre)],
        UnitNote);

    public static string KindName(EffortKind kind) => kind switch
    {
        EffortKind.Individual => "Individinriktad",
        EffortKind.Structural => "Strukturinriktad",
        _ => "",
    };

    private IEnumerable<TableRow> IncomeRows() =>
        _years.SelectMany(y => y.Income).Select(i => i.Label).Distinct()
            .Select(label => new TableRow(Label(label), [.. _years.Select(y => Amount(y.Income.Where(i => i.Label == label).Sum(i => i.AmountOre)))]));

    private TableRow Total(string label, Func<YearReport, long> amount) =>
        new(label, [.. _years.Select(y => Amount(amount(y)))], RowStyle.Total);

    private TableRow Row(string label, Func<YearReport, long> amount, RowStyle style = RowStyle.Line, bool dashWhenZero = false) =>
        new(label, [.. Columns().Select(y => amount(y) == 0 && dashWhenZero ? Nothing : Amount(amount(y)))], style);

    private IEnumerable<YearReport> Columns() => _forecast is null ? _years : _years.Prepend(_forecast);

    private string ColumnHeader(YearReport year) =>
        year.Forecast ? $"Prognos {Year(year.Year)}"
        : year.Year == BudgetYear.Year ? $"Budget {Year(year.Year)}"
        : $"Plan {Year(year.Year)}";

    private static string Year(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private string Label(string label) => inputs.Template.RowLabels.TryGetValue(label, out var printed) && printed.Length > 0 ? printed : label;

    private string Amount(long ore) => SwedishFormat.Amount(ore, _unit);
}
