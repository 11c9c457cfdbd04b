using Finsam.Contracts.Budget.V1;
using Finsam.Web.Components.Shared;
using BudgetMessage = Finsam.Contracts.Budget.V1.Budget;

namespace Finsam.Web.Spreadsheets;

// A budget's own lines as a sheet, the layout the download gives and the upload reads back:
// a row per line of every group with lines of its own, then the group's totals for the plan
// years. Groups whose amounts come from the efforts are not in it: they change under Insatser.
public static class BudgetSheet
{
    public const string SheetName = "Budget";
    public const string TotalKind = "Gruppens summa för året";

    public const int GroupColumn = 1;
    public const int LabelColumn = 2;
    public const int YearColumn = 3;
    public const int KindColumn = 4;
    public const int AmountColumn = 5;

    public static readonly IReadOnlyList<string> Headers = ["Kostnadsgrupp", "Rad", "År", "Slag", "Belopp"];

    public static SheetTable For(BudgetMessage budget)
    {
        var rows = new List<IReadOnlyList<SheetCell>>();
        foreach (var group in budget.CostGroups.Where(group => group.Source == CostGroupSource.Entered))
        {
            rows.AddRange(group.Lines.Select(line => (IReadOnlyList<SheetCell>)
                [group.Label, line.Label, SheetCell.Number(line.Year), KindText(line.Kind), SheetCell.Money(line.AmountOre)]));
            rows.AddRange(group.Totals.OrderBy(total => total.Year).Select(total => (IReadOnlyList<SheetCell>)
                [group.Label, SheetCell.Empty, SheetCell.Number(total.Year), TotalKind, SheetCell.Money(total.AmountOre)]));
        }
        return new SheetTable(SheetName, Headers, rows);
    }

    // The file to download: the lines, and the budget's name and version in a hidden sheet.
    public static byte[] Xlsx(BudgetMessage budget) =>
        XlsxWriter.Write([For(budget)], new WorkbookStamp(budget.Name, budget.Etag));

    public static string KindText(LineKind kind) => BudgetTexts.LineKinds.FirstOrDefault(option => option.Value == kind).Text ?? BudgetTexts.LineKinds[0].Text;

    // An uploaded file's rows, each cell checked on its own; the budget is not needed yet.
    public static BudgetFile Read(Stream file, UploadLimits limits)
    {
        var read = XlsxReader.Read(file, [SheetName, WorkbookStamp.SheetName], limits);
        if (read.Problem is not null)
        {
            return BudgetFile.Refused(read.Problem);
        }
        if (!read.Sheets.TryGetValue(SheetName, out var cells))
        {
            return BudgetFile.Refused($"Filen har inget blad som heter {SheetName}. Ladda ner budgeten som Excel och ändra i den filen.");
        }
        var stamp = StampFrom(read.Sheets.GetValueOrDefault(WorkbookStamp.SheetName));
        if (stamp is null)
        {
            return BudgetFile.Refused("Filen säger inte vilken version av budgeten den laddades ner från (bladet Finsam saknas eller är ändrat). Ladda ner budgeten på nytt och gör ändringarna i den filen.");
        }
        var rows = new List<BudgetFileRow>();
        var problems = new List<CellProblem>();
        // Row 1 holds the headers; columns after the amount are the person's own notes.
        foreach (var row in cells.Where(cell => cell.Row > 1 && cell.Column <= AmountColumn).GroupBy(cell => cell.Row).OrderBy(row => row.Key))
        {
            var at = row.ToDictionary(cell => cell.Column);
            if (RowFrom(row.Key, at, problems) is { } line)
            {
                rows.Add(line);
            }
        }
        return new BudgetFile(stamp, rows, [.. problems.Select(problem => problem.ToString())]) { CellProblems = problems };
    }

    private static WorkbookStamp? StampFrom(IReadOnlyList<SheetValue>? cells)
    {
        string? At(int row, int column) => cells?.FirstOrDefault(cell => cell.Row == row && cell.Column == column)?.Text?.Trim();
        return At(1, 1) == WorkbookStamp.BudgetLabel && At(2, 1) == WorkbookStamp.EtagLabel && At(1, 2) is { Length: > 0 } name && At(2, 2) is { Length: > 0 } etag
            ? new WorkbookStamp(name, etag)
            : null;
    }

    private static BudgetFileRow? RowFrom(int row, Dictionary<int, SheetValue> at, List<CellProblem> problems)
    {
        var before = problems.Count;
        void Problem(int column, string text) => problems.Add(new CellProblem(SheetName, row, column, text));

        var group = TextAt(at, GroupColumn);
        if (group.Length == 0)
        {
            Problem(GroupColumn, "kostnadsgruppen saknas");
        }
        var kindText = TextAt(at, KindColumn);
        var isTotal = kindText == TotalKind;
        var kind = LineKind.Operating;
        if (!isTotal && kindText.Length > 0)
        {
            var known = BudgetTexts.LineKinds.Where(option => string.Equals(option.Text, kindText, StringComparison.OrdinalIgnoreCase)).ToList();
            if (known.Count == 0)
            {
                Problem(KindColumn, $"”{kindText}” är inget slag av rad (skriv {string.Join(", ", BudgetTexts.LineKinds.Select(option => option.Text))} eller {TotalKind})");
            }
            else
            {
                kind = known[0].Value;
            }
        }
        var label = TextAt(at, LabelColumn);
        if (!isTotal && label.Length == 0)
        {
            Problem(LabelColumn, "radens namn saknas");
        }
        var year = YearAt(at, Problem);
        var amount = AmountAt(at, Problem);
        return problems.Count == before ? new BudgetFileRow(row, group, label, year, kind, isTotal, amount) : null;
    }

    private static string TextAt(Dictionary<int, SheetValue> at, int column) =>
        at.TryGetValue(column, out var cell) ? cell.Shown.Trim() : "";

    private static int YearAt(Dictionary<int, SheetValue> at, Action<int, string> problem)
    {
        if (!at.TryGetValue(YearColumn, out var cell))
        {
            problem(YearColumn, "året saknas");
            return 0;
        }
        var number = cell.Number ?? (int.TryParse(cell.Text?.Trim(), out var typed) ? typed : null);
        if (number is not { } year || year != decimal.Truncate(year) || year < 1900 || year > 2200)
        {
            problem(YearColumn, $"”{cell.Shown}” är inget år");
            return 0;
        }
        return (int)year;
    }

    private static long AmountAt(Dictionary<int, SheetValue> at, Action<int, string> problem)
    {
        if (!at.TryGetValue(AmountColumn, out var cell))
        {
            problem(AmountColumn, "beloppet saknas");
            return 0;
        }
        if (cell.Number is { } kronor)
        {
            // Excel counts in binary floating point: 0,1 + 0,2 is stored as 0.30000000000000004.
            // Noise that small is rounded to öre; real fractions of an öre are refused.
            var rounded = Math.Round(kronor, 2, MidpointRounding.AwayFromZero);
            if (Math.Abs(kronor - rounded) > 0.000001m)
            {
                problem(AmountColumn, $"”{cell.Shown}” har bråkdelar av ett öre");
                return 0;
            }
            if (Math.Abs(rounded) > 10_000_000_000m)
            {
                problem(AmountColumn, $"”{cell.Shown}” är för stort för ett belopp");
                return 0;
            }
            return (long)(rounded * 100);
        }
        // An amount typed as text ("150 000") is read as the web app reads what is typed.
        if (cell.Text is { } text && Formatting.Kronor.TryParse(text, out var ore) && Math.Abs(ore) <= 1_000_000_000_000)
        {
            return ore;
        }
        problem(AmountColumn, $"”{cell.Shown}” är inget belopp");
        return 0;
    }
}

public sealed record BudgetFileRow(int Row, string Group, string Label, int Year, LineKind Kind, bool IsTotal, long AmountOre);

// What an uploaded budget file says, or why it cannot be used (every problem, not the first).
public sealed record BudgetFile(WorkbookStamp? Stamp, IReadOnlyList<BudgetFileRow> Rows, IReadOnlyList<string> Problems)
{
    public IReadOnlyList<CellProblem> CellProblems { get; init; } = [];

    public static BudgetFile Refused(string problem) => new(null, [], [problem]);
}
