using Finsam.Contracts.Budget.V1;
using BudgetMessage = Finsam.Contracts.Budget.V1.Budget;

namespace Finsam.Web.Spreadsheets;

// One line of a budget as an upload changes it: before and after in öre, null where the line
// is not there (a new line, a removed line). A total is a group's sum for a plan year.
public sealed record BudgetChange(string Group, string Label, int Year, bool IsTotal, long? BeforeOre, long? AfterOre);

// What an uploaded file does to a budget: the budget it would save (the file's lines in every
// group with lines of its own, the rest as it is, with the file's etag so a budget changed
// since is refused by the service) and the changes line by line; or the problems, each named
// by its cell. Pure: no call is made here.
public sealed record BudgetUploadPlan(BudgetMessage? Proposed, IReadOnlyList<BudgetChange> Changes, IReadOnlyList<string> Problems)
{
    public bool Stale { get; init; }

    // Which row of the file each saved line came from, by the field path the service names
    // in a refusal ("budget.cost_groups[1].lines[0]"), so its objection points at the row.
    public IReadOnlyDictionary<string, int> RowOf { get; init; } = new Dictionary<string, int>();

    public string Where(string field)
    {
        var line = field.LastIndexOf(']') is var end and > 0 ? field[..(end + 1)] : field;
        return RowOf.TryGetValue(line, out var row) ? $"Blad {BudgetSheet.SheetName}, rad {row}" : field;
    }

    public static BudgetUploadPlan For(BudgetMessage current, BudgetFile file)
    {
        if (file.Problems.Count > 0 || file.Stamp is null)
        {
            return new BudgetUploadPlan(null, [], file.Problems.Count > 0 ? file.Problems : ["Filen kan inte läsas in."]);
        }
        if (file.Stamp.BudgetName != current.Name)
        {
            return new BudgetUploadPlan(null, [], [$"Filen hör till en annan budget ({file.Stamp.BudgetName}), inte till {current.Name}."]);
        }
        var entered = current.CostGroups.Where(group => group.Source == CostGroupSource.Entered).ToList();
        var byLabel = entered.GroupBy(group => group.Label.Trim(), StringComparer.Ordinal).ToDictionary(same => same.Key, same => same.ToList(), StringComparer.Ordinal);
        var planYears = current.PlanYears is > 0 and <= 3 ? current.PlanYears : 3;
        var lastYear = current.FirstYear + planYears - 1;
        var problems = new List<string>();
        var lines = entered.ToDictionary(group => group.Key, _ => new List<(BudgetLine Line, int Row)>());
        var totals = entered.ToDictionary(group => group.Key, _ => new List<(YearAmount Total, int Row)>());
        foreach (var row in file.Rows)
        {
            void Problem(int column, string text) => problems.Add(new CellProblem(BudgetSheet.SheetName, row.Row, column, text).ToString());

            if (!byLabel.TryGetValue(row.Group, out var groups))
            {
                Problem(BudgetSheet.GroupColumn, $"”{row.Group}” är ingen kostnadsgrupp med egna rader i budgeten");
                continue;
            }
            if (groups.Count > 1)
            {
                Problem(BudgetSheet.GroupColumn, $"budgeten har flera grupper som heter ”{row.Group}”; byt namn på dem i Finsam först");
                continue;
            }
            var key = groups[0].Key;
            if (row.IsTotal)
            {
                if (row.Year <= current.FirstYear || row.Year > lastYear)
                {
                    Problem(BudgetSheet.YearColumn, lastYear > current.FirstYear
                        ? $"gruppens summa anges bara för planåren {current.FirstYear + 1}–{lastYear}, inte {row.Year}"
                        : $"budgeten har inga planår; {row.Year} kan inte ha en summa");
                }
                else if (totals[key].Any(total => total.Total.Year == row.Year))
                {
                    Problem(BudgetSheet.YearColumn, $"gruppen ”{row.Group}” har redan en summa för {row.Year} längre upp");
                }
                else
                {
                    totals[key].Add((new YearAmount { Year = row.Year, AmountOre = row.AmountOre }, row.Row));
                }
            }
            else if (row.Year < current.FirstYear || row.Year > lastYear)
            {
                Problem(BudgetSheet.YearColumn, $"{row.Year} ingår inte i budgeten ({(lastYear == current.FirstYear ? $"{lastYear}" : $"{current.FirstYear}–{lastYear}")})");
            }
            else
            {
                lines[key].Add((new BudgetLine { Label = row.Label, Year = row.Year, Kind = row.Kind, AmountOre = row.AmountOre }, row.Row));
            }
        }
        if (problems.Count > 0)
        {
            return new BudgetUploadPlan(null, [], problems);
        }
        var proposed = current.Clone();
        proposed.Etag = file.Stamp.Etag;
        var changes = new List<BudgetChange>();
        var rowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < proposed.CostGroups.Count; g++)
        {
            var group = proposed.CostGroups[g];
            if (group.Source != CostGroupSource.Entered)
            {
                continue;
            }
            changes.AddRange(Differences(group.Label, group.Lines, lines[group.Key].Select(line => line.Line)));
            changes.AddRange(Differences(group.Label, group.Totals, totals[group.Key].Select(total => total.Total)));
            group.Lines.Clear();
            group.Lines.AddRange(lines[group.Key].Select(line => line.Line));
            group.Totals.Clear();
            group.Totals.AddRange(totals[group.Key].Select(total => total.Total));
            for (var l = 0; l < lines[group.Key].Count; l++)
            {
                rowOf[$"budget.cost_groups[{g}].lines[{l}]"] = lines[group.Key][l].Row;
            }
            for (var t = 0; t < totals[group.Key].Count; t++)
            {
                rowOf[$"budget.cost_groups[{g}].totals[{t}]"] = totals[group.Key][t].Row;
            }
        }
        return new BudgetUploadPlan(proposed, changes, []) { Stale = file.Stamp.Etag != current.Etag, RowOf = rowOf };
    }

    // Lines paired by group, name, year and kind (the n-th with the n-th, where a name recurs).
    private static IEnumerable<BudgetChange> Differences(string group, IEnumerable<BudgetLine> before, IEnumerable<BudgetLine> after) =>
        Paired(before, after, line => (line.Label, line.Year, line.Kind), line => line.AmountOre)
            .Select(pair => new BudgetChange(group, pair.Key.Label, pair.Key.Year, false, pair.Before, pair.After));

    private static IEnumerable<BudgetChange> Differences(string group, IEnumerable<YearAmount> before, IEnumerable<YearAmount> after) =>
        Paired(before, after, total => total.Year, total => total.AmountOre)
            .Select(pair => new BudgetChange(group, BudgetSheet.TotalKind, pair.Key, true, pair.Before, pair.After));

    private static IEnumerable<(TKey Key, long? Before, long? After)> Paired<T, TKey>(IEnumerable<T> before, IEnumerable<T> after, Func<T, TKey> keyOf, Func<T, long> amountOf)
        where TKey : notnull
    {
        var waiting = before.GroupBy(keyOf).ToDictionary(same => same.Key, same => new Queue<T>(same));
        foreach (var item in after)
        {
            var key = keyOf(item);
            if (waiting.TryGetValue(key, out var queue) && queue.TryDequeue(out var old))
            {
                if (amountOf(old) != amountOf(item))
                {
                    yield return (key, amountOf(old), amountOf(item));
                }
            }
            else
            {
                yield return (key, null, amountOf(item));
            }
        }
        foreach (var (key, queue) in waiting)
        {
            foreach (var old in queue)
            {
                yield return (key, amountOf(old), null);
            }
        }
    }
}
