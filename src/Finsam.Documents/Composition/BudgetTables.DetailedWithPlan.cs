using Finsam.Contracts.Budget.V1;
using DocumentTable = Finsam.Documents.Composition.Table;

namespace Finsam.Documents.Composition;

// Every line of every year, as a federation prints a budget with its plan years beside it.
public sealed partial class BudgetTables
{
    private DocumentTable DetailedBudgetWithPlan()
    {
        var rows = new List<TableRow> { new(Label("Intäkter"), [.. _years.Select(_ => "")], RowStyle.Group) };
        var income = _years.SelectMany(y => y.Income).DistinctBy(i => i.Label).ToList();
        var contributions = income.Where(i => i.Contribution).ToList();
        rows.AddRange(contributions.Select(i => IncomeRow(i.Label)));
        if (contributions.Count > 1)
        {
            // Each member on a row of its own: their sum before the other income.
            rows.Add(Total("Summa medlemsbidrag", y => y.ContributionsOre));
        }
        rows.AddRange(income.Where(i => !i.Contribution).Select(i => IncomeRow(i.Label)));
        rows.Add(Total("Summa intäkter", y => y.IncomeOre));

        rows.Add(new TableRow(Label("Kostnader"), [.. _years.Select(_ => "")], RowStyle.Group));
        var groups = Keyed(_years.SelectMany(y => y.CostGroups), g => g.Key, g => g.Label);
        foreach (var (key, label) in groups)
        {
            rows.AddRange(GroupWithLinesByYear(key, label));
            rows.AddRange(SubtotalsAfter(key, groups));
        }
        rows.AddRange(SubtotalsAfter(null, groups));
        rows.Add(new TableRow(Label("Summa kostnader"), [.. _years.Select(y => Cost(y.CostsOre))], RowStyle.Total));
        rows.Add(Total("Budgeterat resultat", y => y.ResultOre));
        return new DocumentTable(["", .. _years.Select(ColumnHeader)], rows, UnitNote);
    }

    private TableRow IncomeRow(string label) =>
        new(Label(label), [.. _years.Select(y => Amount(y.Income.Where(i => i.Label == label).Sum(i => i.AmountOre)))]);

    // A group's lines under its label and over its sum, a column per year; a line a year does
    // not have is "-" there (a plan year given as a group total has none). A group without
    // lines (reserved money in a group of its own is a total) or whose one line is the group
    // itself is one row, left out when it holds nothing in any year.
    private IEnumerable<TableRow> GroupWithLinesByYear(string key, string label)
    {
        var ofGroup = _years.Select(y => y.CostGroups.FirstOrDefault(g => g.Key == key) ?? new GroupReport { Key = key }).ToList();
        var lines = ofGroup.SelectMany(g => g.Lines).Select(l => l.Label).Distinct().ToList();
        var printed = Label(label);
        var sums = ofGroup.Select(g => Cost(g.AmountOre)).ToArray();
        if (lines.Count == 0 || lines.SequenceEqual([label]))
        {
            return ofGroup.All(g => g.AmountOre == 0) ? [] : [new TableRow(printed, sums)];
        }
        return
        [
            new TableRow(printed, [.. _years.Select(_ => "")], RowStyle.Group),
            .. lines.Select(line => new TableRow(Label(line), [.. ofGroup.Select(g =>
                g.Lines.Any(l => l.Label == line) ? Cost(g.Lines.Where(l => l.Label == line).Sum(l => l.AmountOre)) : Nothing)])),
            new TableRow(SumLabel(printed), sums, RowStyle.Total),
        ];
    }

    private static string SumLabel(string groupLabel) =>
        groupLabel.Length == 0 ? "Summa" : $"Summa {char.ToLowerInvariant(groupLabel[0])}{groupLabel[1..]}";
}
