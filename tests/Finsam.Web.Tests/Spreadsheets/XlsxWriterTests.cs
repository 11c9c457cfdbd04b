using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Finsam.Web.Spreadsheets;

namespace Finsam.Web.Tests.Spreadsheets;

public sealed class XlsxWriterTests
{
    private static readonly SheetTable Table = new("Medlemsbidrag 2027", ["Medlem", "Förfallodag", "Delbetalning", "Bidrag"],
    [
        ["Sundsvalls kommun", SheetCell.Date("2027-03-31"), SheetCell.Number(2), SheetCell.Money(184_450_050)],
        ["=HYPERLINK(\"http://evil\")", SheetCell.Empty, SheetCell.Number(1), SheetCell.Money(-25_000_001)],
        ["Summa medlemsbidrag", SheetCell.Empty, SheetCell.Empty, SheetCell.Money(159_450_049)],
    ]);

    [Fact]
    public void Money_is_a_number_in_kronor_with_its_öre_exact_in_a_kronor_format()
    {
        using var document = Open(XlsxWriter.Write([Table]));

        var amount = Workbooks.CellAt(document, "Medlemsbidrag 2027", "D2");
        Assert.Equal(CellValues.Number, amount.DataType!.Value);
        Assert.Equal("1844500.5", amount.CellValue!.Text);
        Assert.Equal(1_844_500.50m, decimal.Parse(amount.CellValue.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("\"kr\"", Workbooks.FormatOf(document, amount), StringComparison.Ordinal);
        Assert.Contains("0.00", Workbooks.FormatOf(document, amount), StringComparison.Ordinal);

        // A negative amount, to the öre, is a number too.
        var negative = Workbooks.CellAt(document, "Medlemsbidrag 2027", "D3");
        Assert.Equal(CellValues.Number, negative.DataType!.Value);
        Assert.Equal("-250000.01", negative.CellValue!.Text);
    }

    [Fact]
    public void Headers_are_the_pages_swedish_headers_and_dates_and_counts_are_numbers()
    {
        using var document = Open(XlsxWriter.Write([Table]));

        Assert.Equal(["Medlem", "Förfallodag", "Delbetalning", "Bidrag"],
            new[] { "A1", "B1", "C1", "D1" }.Select(reference => Workbooks.TextOf(Workbooks.CellAt(document, "Medlemsbidrag 2027", reference))));
        var due = Workbooks.CellAt(document, "Medlemsbidrag 2027", "B2");
        Assert.Equal(new DateTime(2027, 3, 31), DateTime.FromOADate(double.Parse(due.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("yyyy\\-mm\\-dd", Workbooks.FormatOf(document, due));
        Assert.Equal("2", Workbooks.CellAt(document, "Medlemsbidrag 2027", "C2").CellValue!.Text);
    }

    [Fact]
    public void Text_that_looks_like_a_formula_stays_text()
    {
        using var document = Open(XlsxWriter.Write([Table]));

        var cell = Workbooks.CellAt(document, "Medlemsbidrag 2027", "A3");
        Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
        Assert.Null(cell.CellFormula);
        Assert.Equal("=HYPERLINK(\"http://evil\")", Workbooks.TextOf(cell));
        Assert.Empty(Workbooks.SheetPart(document, "Medlemsbidrag 2027").Worksheet.Descendants<CellFormula>());
    }

    [Fact]
    public void A_stamp_goes_to_a_hidden_sheet_and_the_tables_stay_visible()
    {
        using var document = Open(XlsxWriter.Write([Table], new WorkbookStamp("federations/x/budgets/2027", "W/\"7\"")));

        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Medlemsbidrag 2027", "Finsam"], sheets.Select(sheet => sheet.Name!.Value));
        Assert.Null(sheets[0].State);
        Assert.Equal(SheetStateValues.Hidden, sheets[1].State!.Value);
        Assert.Equal("W/\"7\"", Workbooks.TextOf(Workbooks.CellAt(document, "Finsam", "B2")));
    }

    [Fact]
    public void A_character_xml_cannot_carry_is_left_out_rather_than_breaking_the_file()
    {
        using var document = Open(XlsxWriter.Write([new SheetTable("Insatser", ["Insats"], [["Stöd\u0001 i arbete"]])]));

        Assert.Equal("Stöd i arbete", Workbooks.TextOf(Workbooks.CellAt(document, "Insatser", "A2")));
    }

    private static SpreadsheetDocument Open(byte[] xlsx) => SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
}
