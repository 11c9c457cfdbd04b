using System.Globalization;
using System.Text;

namespace Finsam.Web.Spreadsheets;

// A table as CSV the way Swedish Excel opens it by a double click: UTF-8 with a byte order
// mark, semicolons between fields, a decimal comma, CRLF between rows.
//
// Formula injection: text comes from people (a member's or a line's name), and Excel starts a
// formula at a field beginning with = + - @ (or a tab or CR before one). Such text gets a
// leading apostrophe, so it stays text. Money is not text: the writer makes it itself from öre
// ("-1234,50": digits, one comma, a leading minus and nothing else), which Excel can only read
// as a number; so a negative amount stays a number that can be summed, and no person's input
// ever reaches that path.
public static class CsvWriter
{
    public const string ContentType = "text/csv; charset=utf-8";

    private const char Separator = ';';

    public static byte[] Write(SheetTable table)
    {
        var text = new StringBuilder();
        AppendRow(text, table.Headers.Select(header => (SheetCell)header).ToList());
        foreach (var row in table.Rows)
        {
            AppendRow(text, row);
        }
        var preamble = Encoding.UTF8.GetPreamble();
        var body = Encoding.UTF8.GetBytes(text.ToString());
        return [.. preamble, .. body];
    }

    private static void AppendRow(StringBuilder text, IReadOnlyList<SheetCell> cells)
    {
        for (var c = 0; c < cells.Count; c++)
        {
            if (c > 0)
            {
                text.Append(Separator);
            }
            text.Append(Field(cells[c]));
        }
        text.Append("\r\n");
    }

    public static string Field(SheetCell cell) => cell switch
    {
        TextCell value => Quoted(Neutralized(value.Value)),
        MoneyCell money => Number(money.Kronor.ToString("0.00", CultureInfo.InvariantCulture)),
        NumberCell number => Number(number.Value.ToString(CultureInfo.InvariantCulture)),
        DateCell date => date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        // Swedish Excel reads "19,50%" as the number 0,195 shown as a percentage.
        ShareCell share => Number(share.Percent.ToString("0.00", CultureInfo.InvariantCulture)) + "%",
        _ => "",
    };

    // Invariant digits (never the Swedish culture's typographic minus, which Excel reads as
    // text) with the comma Swedish Excel expects.
    private static string Number(string invariant) => invariant.Replace('.', ',');

    private static string Neutralized(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n' ? "'" + text : text;

    private static string Quoted(string text) =>
        text.IndexOfAny([Separator, '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
}
