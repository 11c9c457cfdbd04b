using System.Text;
using Finsam.Web.Spreadsheets;

namespace Finsam.Web.Tests.Spreadsheets;

public sealed class CsvWriterTests
{
    [Fact]
    public void A_table_is_utf8_with_a_byte_order_mark_semicolons_and_decimal_commas()
    {
        var csv = CsvWriter.Write(new SheetTable("Medlemsbidrag", ["Medlem", "Förfallodag", "Delbetalning", "Bidrag"],
        [
            ["Försäkringskassan", SheetCell.Date("2027-03-31"), SheetCell.Number(2), SheetCell.Money(184_450_050)],
            ["Summa", SheetCell.Empty, SheetCell.Empty, SheetCell.Money(184_450_000)],
        ]));

        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        Assert.Equal(
            "Medlem;Förfallodag;Delbetalning;Bidrag\r\nFörsäkringskassan;2027-03-31;2;1844500,50\r\nSumma;;;1844500,00\r\n",
            Encoding.UTF8.GetString(csv[3..]));
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+46 60 123", "'+46 60 123")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    [InlineData("=HYPERLINK(\"http://evil\";\"x\")", "\"'=HYPERLINK(\"\"http://evil\"\";\"\"x\"\")\"")]
    [InlineData("Konsulter; resor", "\"Konsulter; resor\"")]
    [InlineData("Styrelsearvoden", "Styrelsearvoden")]
    public void Text_that_could_start_a_formula_is_kept_as_text(string text, string field) =>
        Assert.Equal(field, CsvWriter.Field(SheetCell.Text(text)));

    [Theory]
    [InlineData(-25_000_001, "-250000,01")]
    [InlineData(-100, "-1,00")]
    [InlineData(0, "0,00")]
    public void A_negative_amount_is_written_as_a_plain_number_with_an_ascii_minus(long ore, string field)
    {
        // Made from öre by the writer, never from text: digits, a comma and a leading minus, which
        // Excel reads as a number (and can sum) but never as a formula.
        Assert.Equal(field, CsvWriter.Field(SheetCell.Money(ore)));
        Assert.Matches("^-?[0-9]+,[0-9]{2}$", field);
    }
}
