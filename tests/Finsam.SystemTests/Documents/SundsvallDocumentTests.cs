using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Finsam.Contracts.Documents.V1;
using Finsam.SystemTests.Infrastructure;

namespace Finsam.SystemTests.Documents;

// Sundsvall's "Verksamhetsplan och budget 2022", entered through the gateway and
// rendered as Word, PDF and HTML: every figure of the reference's tables, and its body's
// headings, in each.
[Collection(SystemCollection.Name)]
public sealed partial class SundsvallDocumentTests(FinsamSystem system)
{
    private const char NoBreakSpace = '\u00A0';

    [Fact]
    public async Task The_docx_has_the_references_headings_a_contents_field_and_every_figure_of_its_tables()
    {
        var id = await SundsvallDocument.SetUpAsync(system);

        var file = await DocumentFile.RenderAsync(system.Documents, id, FileFormat.Docx);
        await File.WriteAllBytesAsync(Path.Combine(Artifacts.Directory("documents"), "sundsvall-2022.docx"), file.Content);
        var docx = DocxContent.Read(file.Content);

        Assert.Equal($"verksamhetsplan-och-budget-2022-{id}.docx", file.FileName);
        Assert.Equal(SundsvallPlan.Headings, docx.Headings.Select(h => h.Text));
        Assert.Equal([1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 2, 2, 1, 1, 1, 1, 2, 2, 3, 1, 1, 1, 1, 2, 2], docx.Headings.Select(h => h.Level));
        Assert.True(docx.HasContentsField);
        Assert.All(ReferenceTables.All, row => Assert.True(docx.HasRow(row.Label, row.Figures), $"No row {row.Label}: {string.Join(" | ", row.Figures)}"));
        Assert.Equal(4, docx.Tables.Count);

        // Accessible: headings are headings, header rows are marked, Swedish is the language.
        Assert.True(docx.HeadingStylesHaveOutlineLevels);
        Assert.True(docx.HeaderRowsMarked);
        Assert.True(docx.FiguresRightAligned);
        Assert.Equal("sv-SE", docx.Language);
        Assert.Equal((11906, 16838), docx.PageSizeTwips);

        // The title page names the adopted budget; the text's figures come from the budget.
        Assert.Contains("DNR 60/21", docx.Text);
        Assert.Contains("Antagen av styrelsen för Samordningsförbundet den 2021-11-26", docx.Text);
        Assert.Contains($"en tilldelning på 3{NoBreakSpace}689{NoBreakSpace}000{NoBreakSpace}kr till", docx.Text);
        Assert.Contains($"totalt får 7{NoBreakSpace}378{NoBreakSpace}000{NoBreakSpace}kr i driftsbidrag", docx.Text);
        Assert.Contains($"vid utgången av 2021 att vara 1{NoBreakSpace}233{NoBreakSpace}000{NoBreakSpace}kr.", docx.Text);
        Assert.Contains($"budgeterar förbundet 8{NoBreakSpace}034{NoBreakSpace}000 kronor", docx.Text);
        Assert.Contains("fastställd av styrelsen vid styrelsemötet den 26 november 2021.", docx.Text);
        Assert.DoesNotContain("UTKAST", docx.Text + string.Concat(docx.PageHeaders) + string.Concat(docx.PageFooters));
    }

    [Fact]
    public async Task The_pdf_is_a_tagged_a4_document_with_page_numbers_the_references_headings_and_every_figure()
    {
        var id = await SundsvallDocument.SetUpAsync(system);

        var file = await DocumentFile.RenderAsync(system.Documents, id, FileFormat.Pdf);
        var pdf = await PdfContent.ReadAsync(file.Content, "sundsvall-2022");

        Assert.Equal("application/pdf", file.ContentType);
        Assert.EndsWith("pts (A4)", pdf.InfoField("Page size"));
        Assert.Equal("yes", pdf.InfoField("Tagged"));
        // Tagged for a screen reader, in Swedish: a structure tree, marked content, /Lang.
        var raw = Encoding.Latin1.GetString(file.Content);
        Assert.Contains("/StructTreeRoot", raw);
        Assert.Contains("/Marked true", raw);
        Assert.Contains("/Lang (sv)", raw);
        var pages = int.Parse(pdf.InfoField("Pages"));
        Assert.Equal(pages, pdf.Pages.Count);
        for (var page = 1; page <= pages; page++)
        {
            Assert.Contains($"Sida {page} av {pages}", pdf.Pages[page - 1]);
        }

        Assert.All(ReferenceTables.All, row => Assert.True(pdf.HasRow(row.Label, row.Figures), $"No row {row.Label}: {string.Join(" | ", row.Figures)}"));
        var text = Normalized(pdf.Text);
        Assert.All(SundsvallPlan.Headings, heading => Assert.Contains(heading, text));
        Assert.Contains("DNR 60/21", text);
        Assert.Contains("en tilldelning på 3 689 000 kr till Samordningsförbundet Sundsvall", text);
    }

    [Fact]
    public async Task The_html_is_one_printable_swedish_file_with_real_headings_and_table_header_cells()
    {
        var id = await SundsvallDocument.SetUpAsync(system);

        var file = await DocumentFile.RenderAsync(system.Documents, id, FileFormat.Html);
        var html = Encoding.UTF8.GetString(file.Content);

        Assert.StartsWith("text/html", file.ContentType);
        Assert.Contains("<html lang=\"sv\">", html);
        Assert.DoesNotMatch("<(link|script|img)\\b", html);
        Assert.Contains("@page { size: A4;", html);
        var body = html[html.IndexOf("<main>", StringComparison.Ordinal)..];
        Assert.Equal(SundsvallPlan.Headings, Headings().Matches(body).Select(m => WebUtility.HtmlDecode(m.Groups[2].Value)));
        Assert.Equal(SundsvallPlan.Headings.Length, Regex.Count(html, "<li class=\"level-[1-3]\"><a href=\"#rubrik-"));
        var rows = Rows().Matches(html)
            .Select(m => ReferenceTables.Compact(WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<[^>]+>", ""))))
            .ToHashSet();
        Assert.All(ReferenceTables.All, row => Assert.Contains(ReferenceTables.Compact(row.Label + string.Concat(row.Figures)), rows));
        Assert.Equal(4, Regex.Count(html, "<thead>\\s*<tr>(<th scope=\"col\">[^<]*</th>)+</tr>"));
    }

    [Fact]
    public async Task The_pdf_looks_right_to_a_person_a4_pages_none_blank_and_the_page_count_stable()
    {
        var id = await SundsvallDocument.SetUpAsync(system);

        var first = await PdfContent.ReadAsync((await DocumentFile.RenderAsync(system.Documents, id, FileFormat.Pdf)).Content, "sundsvall-2022-pages");
        var again = await PdfContent.ReadAsync((await DocumentFile.RenderAsync(system.Documents, id, FileFormat.Pdf)).Content, "sundsvall-2022-again");

        var pngs = await first.RenderPngAsync(dpi: 50);
        Assert.Equal(int.Parse(first.InfoField("Pages")), pngs.Count);
        Assert.Equal(first.InfoField("Pages"), again.InfoField("Pages"));
        Assert.InRange(pngs.Count, 8, 20);
        foreach (var png in pngs)
        {
            var (width, height) = PngSize(File.ReadAllBytes(png));
            Assert.InRange(height / (double)width, 1.40, 1.43); // A4: 297 / 210
        }
        var grey = await first.GreyPagesAsync(dpi: 30);
        Assert.All(grey, (pixels, page) =>
        {
            var ink = pixels.Count(p => p < 128) / (double)pixels.Length;
            Assert.True(ink > 0.002, $"Page {page + 1} is blank ({ink:P3} ink).");
        });
        Assert.Equal(first.Text, again.Text);
    }

    [Fact]
    public async Task Rendering_twice_from_the_same_inputs_gives_the_same_document()
    {
        var id = await SundsvallDocument.SetUpAsync(system);

        foreach (var format in new[] { FileFormat.Docx, FileFormat.Html })
        {
            var first = await DocumentFile.RenderAsync(system.Documents, id, format);
            var second = await DocumentFile.RenderAsync(system.Documents, id, format);
            Assert.Equal(first.Content, second.Content);
        }
    }

    // IHDR follows the 8-byte signature and the chunk's length and type.
    private static (int Width, int Height) PngSize(byte[] png) =>
        (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));

    private static string Normalized(string text) => Regex.Replace(text.Replace(NoBreakSpace, ' '), @"\s+", " ");

    [GeneratedRegex("<h([1-3]) id=\"[^\"]+\">([^<]*)</h\\1>")]
    private static partial Regex Headings();

    [GeneratedRegex("<tr[^>]*>(.*?)</tr>")]
    private static partial Regex Rows();
}
