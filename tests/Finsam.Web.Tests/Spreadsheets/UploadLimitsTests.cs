using System.IO.Compression;
using System.Text;
using Finsam.Web.Spreadsheets;
using BudgetMessage = Finsam.Contracts.Budget.V1.Budget;

namespace Finsam.Web.Tests.Spreadsheets;

// An upload is anyone's input: what is too large is refused before it is unpacked or read in full.
public sealed class UploadLimitsTests
{
    private static readonly string[] Sheets = [BudgetSheet.SheetName];

    [Fact]
    public void A_file_over_the_size_cap_is_refused_before_it_is_opened()
    {
        var big = new MemoryStream(new byte[UploadLimits.Default.MaxFileBytes + 1]);

        Assert.StartsWith("Filen är för stor", XlsxReader.Read(big, Sheets, UploadLimits.Default).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Anything_but_an_xlsx_is_refused_as_unreadable()
    {
        Assert.Equal(XlsxReader.Unreadable, XlsxReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("Medlem;Bidrag\r\n")), Sheets, UploadLimits.Default).Problem);
        Assert.Equal(XlsxReader.Unreadable, XlsxReader.Read(new MemoryStream(Zip(("hello.txt", "hej"))), Sheets, UploadLimits.Default).Problem);
    }

    [Fact]
    public void A_zip_bomb_is_refused_on_what_its_parts_say_they_unpack_to()
    {
        // 64 MB of spaces pack to well under the size cap.
        var bomb = Zip(("xl/worksheets/sheet1.xml", new string(' ', 64 * 1024 * 1024)));
        Assert.True(bomb.Length < UploadLimits.Default.MaxFileBytes);

        Assert.Equal("Filen är för stor uppackad för att läsas in.", XlsxReader.Read(new MemoryStream(bomb), Sheets, UploadLimits.Default).Problem);
    }

    [Fact]
    public void A_sheet_is_read_only_up_to_the_characters_allowed_whatever_its_parts_claim()
    {
        var xlsx = BudgetSheet.Xlsx(new BudgetMessage { Name = "federations/x/budgets/2027", Etag = "1", FirstYear = 2027 });
        var limits = UploadLimits.Default with { MaxCharactersInPart = 200 };

        Assert.Equal(XlsxReader.Unreadable, XlsxReader.Read(new MemoryStream(xlsx), Sheets, limits).Problem);
    }

    [Fact]
    public void Too_many_rows_or_cells_stop_the_reading()
    {
        var table = new SheetTable(BudgetSheet.SheetName, ["Rad"], [.. Enumerable.Range(1, 50).Select(n => (IReadOnlyList<SheetCell>)[SheetCell.Number(n)])]);
        var xlsx = XlsxWriter.Write([table]);

        Assert.Equal("Bladet Budget har fler än 20 rader.", XlsxReader.Read(new MemoryStream(xlsx), Sheets, UploadLimits.Default with { MaxRows = 20 }).Problem);
        Assert.Equal("Filen har fler än 30 ifyllda celler.", XlsxReader.Read(new MemoryStream(xlsx), Sheets, UploadLimits.Default with { MaxCells = 30 }).Problem);
        Assert.Null(XlsxReader.Read(new MemoryStream(xlsx), Sheets, UploadLimits.Default).Problem);
    }

    [Fact]
    public void A_row_far_down_the_sheet_counts_as_that_many_rows()
    {
        var xlsx = Workbooks.WithCell(XlsxWriter.Write([new SheetTable(BudgetSheet.SheetName, ["Rad"], [])]), BudgetSheet.SheetName, "A1048576", "x");

        Assert.Equal("Bladet Budget har fler än 2000 rader.", XlsxReader.Read(new MemoryStream(xlsx), Sheets, UploadLimits.Default).Problem);
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open());
                writer.Write(text);
            }
        }
        return stream.ToArray();
    }
}
