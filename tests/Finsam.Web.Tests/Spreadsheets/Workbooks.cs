using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Finsam.Web.Tests.Spreadsheets;

// Reading a written workbook back with the OpenXml SDK, and changing a cell as a person
// would in Excel, independently of the app's own reader.
internal static class Workbooks
{
    public static Cell CellAt(SpreadsheetDocument document, string sheet, string reference) =>
        SheetPart(document, sheet).Worksheet.Descendants<Cell>().Single(cell => cell.CellReference == reference);

    public static WorksheetPart SheetPart(SpreadsheetDocument document, string sheet)
    {
        var workbook = document.WorkbookPart!;
        var entry = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet);
        return (WorksheetPart)workbook.GetPartById(entry.Id!);
    }

    public static string TextOf(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "";

    public static string FormatOf(SpreadsheetDocument document, Cell cell)
    {
        var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var id = format.NumberFormatId?.Value ?? 0;
        return styles.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(f => f.NumberFormatId?.Value == id)?.FormatCode?.Value ?? $"builtin {id}";
    }

    // A copy of the file with one cell replaced: a number, or text as Excel stores typed text.
    public static byte[] WithCell(byte[] xlsx, string sheet, string reference, object value)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var part = SheetPart(document, sheet);
            var cell = part.Worksheet.Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference);
            if (cell is null)
            {
                var rowIndex = uint.Parse(new string([.. reference.Where(char.IsDigit)]));
                var data = part.Worksheet.GetFirstChild<SheetData>()!;
                var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex?.Value == rowIndex);
                if (row is null)
                {
                    row = new Row { RowIndex = rowIndex };
                    data.Append(row);
                }
                cell = new Cell { CellReference = reference };
                row.Append(cell);
            }
            cell.RemoveAllChildren();
            cell.StyleIndex = null;
            if (value is decimal number)
            {
                cell.DataType = CellValues.Number;
                cell.CellValue = new CellValue(number);
            }
            else
            {
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text((string)value));
            }
            part.Worksheet.Save();
        }
        return stream.ToArray();
    }
}
