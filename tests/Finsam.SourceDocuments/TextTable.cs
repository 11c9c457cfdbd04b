namespace Finsam.SourceDocuments;

// A table of a plan kept as plain text, laid out as shared/reference's plan lays it out: a
// heading line of its own, then lines whose cells are separated by tabs. The first of them names
// the columns, the first cell of every other line is its label (a label with blank cells heads a
// group); the first line without a tab ends the table.
public sealed class TextTable
{
    private readonly string heading;
    private readonly IReadOnlyList<string> columns;
    private readonly IReadOnlyList<(string Label, string[] Cells)> rows;

    private TextTable(string heading, IReadOnlyList<string> columns, IReadOnlyList<(string, string[])> rows)
    {
        this.heading = heading;
        this.columns = columns;
        this.rows = rows;
    }

    public IReadOnlyList<string> Labels => [.. rows.Select(row => row.Label)];

    // The columns' headings, the labels' column left out.
    public IReadOnlyList<string> Columns => columns;

    // Every row below the header line as the plan writes it: its label and its cells.
    public IReadOnlyList<(string Label, string[] Cells)> Rows => rows;

    // The one table whose heading line is exactly `heading` (a contents entry has a tab and a page
    // number, a section heading is followed by text: neither is a table's heading).
    public static TextTable Under(string heading, IReadOnlyList<string> lines)
    {
        var starts = Enumerable.Range(0, lines.Count)
            .Where(i => !lines[i].Contains('\t') && lines[i].Trim() == heading)
            .Select(i => Enumerable.Range(i + 1, lines.Count - i - 1).FirstOrDefault(j => lines[j].Trim().Length > 0, lines.Count))
            .Where(i => i < lines.Count && lines[i].Contains('\t'))
            .ToList();
        if (starts.Count != 1)
        {
            throw new InvalidOperationException($"Expected one table under \"{heading}\", found {starts.Count}.");
        }

        var block = lines.Skip(starts[0]).TakeWhile(line => line.Contains('\t')).Select(line => line.Split('\t')).ToList();
        return new TextTable(
            heading,
            [.. block[0].Skip(1).Select(cell => cell.Trim())],
            [.. block.Skip(1).Select(cells => (cells[0].Trim(), cells.Skip(1).Select(cell => cell.Trim()).ToArray()))]);
    }

    // The column of a plan year: headed by the year ("2027") or ending with it ("Plan 2027").
    public string ColumnOf(int year) =>
        columns.SingleOrDefault(column => column == $"{year}" || column.EndsWith($" {year}", StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"\"{heading}\" has no single column for {year}: {string.Join(" | ", columns)}.");

    public decimal Amount(string label, string column) => SwedishAmount.Parse(Cell(label, column));

    public decimal Sum(IEnumerable<string> labels, string column) => labels.Sum(label => Amount(label, column));

    public string Cell(string label, string column)
    {
        var index = columns.ToList().IndexOf(column);
        if (index < 0)
        {
            throw new InvalidOperationException($"\"{heading}\" has no column \"{column}\": {string.Join(" | ", columns)}.");
        }

        var matching = rows.Where(row => row.Label == label).ToList();
        if (matching.Count != 1)
        {
            throw new InvalidOperationException($"\"{heading}\" has {matching.Count} rows labelled \"{label}\".");
        }

        var cells = matching[0].Cells;
        return index < cells.Length ? cells[index] : "";
    }

    // The labels strictly between two rows: a group's lines between its heading and its sum.
    public IReadOnlyList<string> LabelsBetween(string first, string last)
    {
        var labels = Labels.ToList();
        var (start, end) = (labels.IndexOf(first), labels.IndexOf(last));
        if (start < 0 || end <= start)
        {
            throw new InvalidOperationException($"\"{heading}\" has no rows \"{first}\" … \"{last}\" in that order.");
        }

        return labels[(start + 1)..end];
    }
}
