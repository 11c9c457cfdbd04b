using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Finsam.Web.Spreadsheets;

// Tables as an .xlsx workbook, a sheet each: headers in bold, money as numbers in kronor with
// öre (written from decimal, so exact) in a kronor format, dates as dates, whole numbers as
// numbers. Text is inline text, never a formula. A stamp goes to a hidden sheet.
public static class XlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Number format codes are stored in Excel's invariant notation; Swedish Excel shows
    // "1 844 500,50 kr" and "2027-03-31" from them.
    private const string MoneyFormat = "#,##0.00\\ \"kr\"";
    private const string DateFormat = "yyyy\\-mm\\-dd";

    private const uint HeaderStyle = 1;
    private const uint MoneyStyle = 2;
    private const uint DateStyle = 3;
    private const uint NumberStyle = 4;
    private const uint ShareStyle = 5;

    // Excel's built-in "0.00%": Swedish Excel shows 0.195 as "19,50%".
    private const uint BuiltInPercentFormat = 10;

    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    public static byte[] Write(IReadOnlyList<SheetTable> tables, WorkbookStamp? stamp = null)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheets = workbook.Workbook.Sheets!;
            uint id = 1;
            foreach (var table in tables)
            {
                AddSheet(workbook, sheets, id++, table.SheetName, Worksheet(table), hidden: false);
            }
            if (stamp is not null)
            {
                var rows = new SheetTable(WorkbookStamp.SheetName, [WorkbookStamp.BudgetLabel, stamp.BudgetName],
                    [[WorkbookStamp.EtagLabel, stamp.Etag]]);
                AddSheet(workbook, sheets, id, WorkbookStamp.SheetName, Worksheet(rows), hidden: true);
            }
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, Worksheet worksheet, bool hidden)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = worksheet;
        var sheet = new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = SheetTable.SheetNameFrom(name) };
        if (hidden)
        {
            sheet.State = SheetStateValues.Hidden;
        }
        sheets.Append(sheet);
    }

    private static Worksheet Worksheet(SheetTable table)
    {
        var data = new SheetData();
        data.Append(Row(1, table.Headers.Select(header => (SheetCell)header).ToList(), header: true));
        uint index = 2;
        foreach (var row in table.Rows)
        {
            data.Append(Row(index++, row, header: false));
        }
        var columns = new Columns();
        for (var c = 0; c < table.Headers.Count; c++)
        {
            var widest = table.Rows.Select(row => c < row.Count ? WidthOf(row[c]) : 0).Append(table.Headers[c].Length).Max();
            columns.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = Math.Min(60, widest + 3), CustomWidth = true });
        }
        return table.Headers.Count > 0 ? new Worksheet(columns, data) : new Worksheet(data);
    }

    private static int WidthOf(SheetCell cell) => cell switch
    {
        TextCell text => text.Value.Length,
        MoneyCell => 18,
        DateCell => 10,
        ShareCell => 8,
        NumberCell number => number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Length,
        _ => 0,
    };

    private static Row Row(uint index, IReadOnlyList<SheetCell> cells, bool header)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < cells.Count; c++)
        {
            if (Cell(cells[c], header) is { } cell)
            {
                cell.CellReference = $"{CellReferences.Column(c + 1)}{index}";
                row.Append(cell);
            }
        }
        return row;
    }

    private static Cell? Cell(SheetCell cell, bool header) => cell switch
    {
        TextCell text => new Cell(new InlineString(new Text(XmlSafe(text.Value)) { Space = SpaceProcessingModeValues.Preserve }))
        {
            DataType = CellValues.InlineString,
            StyleIndex = header ? HeaderStyle : null,
        },
        MoneyCell money => new Cell(new CellValue(money.Kronor)) { DataType = CellValues.Number, StyleIndex = MoneyStyle },
        NumberCell number => new Cell(new CellValue(number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))) { DataType = CellValues.Number, StyleIndex = NumberStyle },
        DateCell date => new Cell(new CellValue(date.Value.DayNumber - ExcelEpoch.DayNumber)) { DataType = CellValues.Number, StyleIndex = DateStyle },
        ShareCell share => new Cell(new CellValue(share.Fraction)) { DataType = CellValues.Number, StyleIndex = ShareStyle },
        _ => null,
    };

    // A character XML cannot carry (a control character pasted into a name) would make the
    // whole file unreadable; it is left out.
    private static string XmlSafe(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : new string([.. text.Where(XmlConvert.IsXmlChar)]);

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = MoneyFormat },
            new NumberingFormat { NumberFormatId = 165, FormatCode = DateFormat })
        { Count = 2 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 1, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = BuiltInPercentFormat, ApplyNumberFormat = true })
        { Count = 6 });
}
