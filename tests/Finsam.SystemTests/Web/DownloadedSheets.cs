using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;

namespace Finsam.SystemTests.Web;

// A table downloaded as a person downloads it (the link clicked in the browser), and read back
// with the OpenXml SDK, independently of the app's own writer and reader.
internal static class DownloadedSheets
{
    public static async Task<byte[]> DownloadAsync(PersonInBrowser person, string link)
    {
        var download = await person.Page.RunAndWaitForDownloadAsync(() => person.Page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    // A sheet's rows as text, numbers in invariant notation, as the file holds them.
    public static List<string[]> Rows(byte[] xlsx, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var part = SheetPart(document, sheetName);
        return [.. part.Worksheet.Descendants<Row>().Select(row =>
        {
            var cells = row.Elements<Cell>().ToList();
            var width = cells.Select(cell => ColumnOf(cell.CellReference!)).DefaultIfEmpty(0).Max();
            var values = Enumerable.Repeat("", width).ToArray();
            foreach (var cell in cells)
            {
                values[ColumnOf(cell.CellReference!) - 1] = cell.DataType?.Value == CellValues.InlineString
                    ? cell.InlineString!.InnerText
                    : Normalized(cell.CellValue?.Text ?? "");
            }
            return values;
        })];
    }

    public static WorksheetPart SheetPart(SpreadsheetDocument document, string sheetName)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(sheet => sheet.Name == sheetName);
        return (WorksheetPart)workbook.GetPartById(sheet.Id!);
    }

    // Kronor as the file's number in invariant notation, trailing zeros dropped: 612500.5.
    public static string Kronor(long ore) => Normalized((ore / 100m).ToString(CultureInfo.InvariantCulture));

    // A share as the file's fraction: 1 950 basis points is 0.195.
    public static string Share(int basisPoints) => Normalized((basisPoints / 10_000m).ToString(CultureInfo.InvariantCulture));

    public static string Normalized(string number) =>
        decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : number;

    private static int ColumnOf(string reference) =>
        reference.TakeWhile(char.IsAsciiLetterUpper).Aggregate(0, (column, letter) => column * 26 + letter - 'A' + 1);
}
