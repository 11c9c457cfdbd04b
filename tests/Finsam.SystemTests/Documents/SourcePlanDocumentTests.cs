using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Finsam.Contracts.Documents.V1;
using Finsam.SourceDocuments;
using Finsam.SystemTests.Budget;
using Finsam.SystemTests.Infrastructure;

namespace Finsam.SystemTests.Documents;

// Norrvik's and Gotland's plans (docs/federations/), entered through the gateway with their own
// templates and texts, rendered as Word, PDF and HTML: every row of every table of the plan that
// holds a figure is in each format as the plan prints it, and the text's figures are the budget's.
[Collection(SystemCollection.Name)]
public sealed partial class SourcePlanDocumentTests(FinsamSystem system)
{
    public static readonly TheoryData<string> Plans = ["norrvik", "gotland"];

    // The plan's tables, by their headings, and sentences of its text that carry figures the
    // budget gives (as the plan writes them).
    private static (string[] Tables, string[] Sentences) Expected(SourcePlan plan) => plan.Name switch
    {
        "norrvik" =>
        (
            [plan.ContributionsTable, plan.EffortsTable, plan.BudgetTable, "Budgetutrymme 2026", plan.ResultTable, plan.BalanceTable],
            [
                "tilldelat förbundet 2 150 000 kr för statens räkning",
                "vilket ger medlemsbidrag på sammanlagt 4 300 000 kr",
                "Kostnaderna budgeteras till 4 554 000 kr, varav insatskostnader 3 730 000 kr och förbundets egen administration 824 000 kr.",
                "Årets resultat budgeteras till ett underskott på 157 000 kr.",
                "Eget kapital beräknas vid utgången av 2025 till 742 000 kr och minskar därmed till 585 000 kr vid utgången av 2026",
                "Styrelsen fastställde verksamhetsplanen och budgeten vid sitt sammanträde den 26 november 2025.",
                "Antagen av förbundsstyrelsen den 26 november 2025",
            ]
        ),
        _ =>
        (
            [plan.ContributionsTable, plan.EffortsTable, plan.BudgetTable, plan.ResultTable, plan.BalanceTable],
            [
                "Försäkringskassans preliminära besked om medelstilldelning är 2 461 tkr för 2026.",
                "Medlemsbidragen blir därmed 4 922 tkr 2026 och 5 040 tkr 2027.",
                "Eget kapital beräknas vid utgången av 2025 till 1 164 tkr.",
                "Budgeten för 2026 visar ett underskott på 349 tkr och planen för 2027 ett underskott på 333 tkr.",
                "Eget kapital beräknas därmed till 815 tkr vid utgången av 2026 och till 482 tkr vid utgången av 2027",
                "Förbundet avsätter 500 tkr 2026 och 1 330 tkr 2027 för insatser som ännu inte är beslutade.",
                "Antagen av förbundsstyrelsen den 27 november 2025",
            ]
        ),
    };

    [Theory]
    [MemberData(nameof(Plans))]
    public async Task Every_figure_of_the_plans_tables_and_text_is_in_its_docx_pdf_and_html(string name)
    {
        var plan = SourcePlan.Named(name);
        var (tables, sentences) = Expected(plan);
        var id = await plan.SetUpAsync(system);
        await (plan.Name == "norrvik" ? NorrvikDocument.SetUpAsync(system, id) : GotlandDocument.SetUpAsync(system, id));
        var rows = tables.SelectMany(heading => plan.Document.Table(heading).Rows).Where(row => row.Cells.Any(cell => cell.Length > 0)).ToList();
        var year = plan.Years[0];

        var docxFile = await DocumentFile.RenderAsync(system.Documents, id, FileFormat.Docx, year);
        await File.WriteAllBytesAsync(Path.Combine(Artifacts.Directory("documents"), $"{name}-{year}.docx"), docxFile.Content);
        var docx = DocxContent.Read(docxFile.Content);
        var pdf = await PdfContent.ReadAsync((await DocumentFile.RenderAsync(system.Documents, id, FileFormat.Pdf, year)).Content, $"{name}-{year}");
        var html = Encoding.UTF8.GetString((await DocumentFile.RenderAsync(system.Documents, id, FileFormat.Html, year)).Content);
        var htmlRows = HtmlRows().Matches(html)
            .Select(m => ReferenceTables.Compact(WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<[^>]+>", ""))))
            .ToHashSet();

        Assert.True(rows.Count > 20, $"{rows.Count} rows with figures in the plan's tables.");
        Assert.All(rows, row => Assert.True(docx.HasRow(row.Label, row.Cells), $"DOCX has no row {row.Label}: {string.Join(" | ", row.Cells)}"));
        // The efforts stand in the order the plan lists them (the order they were entered in).
        Assert.Equal(plan.Document.Table(plan.EffortsTable).Labels, docx.Tables.Single(t => t[0][0] == "Insats").Skip(1).Select(row => row[0]));
        Assert.All(rows, row => Assert.True(
            IsTextRow(row.Cells) ? pdf.HasRowWithText(row.Label, row.Cells[..TextCells(row.Cells)], row.Cells[TextCells(row.Cells)..]) : pdf.HasRow(row.Label, row.Cells),
            $"PDF has no row {row.Label}: {string.Join(" | ", row.Cells)}"));
        Assert.All(rows, row => Assert.Contains(ReferenceTables.Compact(row.Label + string.Concat(row.Cells)), htmlRows));

        var text = Spaced(plan.Document.Text);
        var docxText = Spaced(docx.Text);
        var htmlText = Spaced(WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", "")));
        Assert.All(sentences, sentence =>
        {
            Assert.Contains(sentence, text);
            Assert.Contains(sentence, docxText);
            Assert.Contains(sentence, htmlText);
        });
    }

    // "1 480 000", "-157 000", "1 230,5", "-" (nothing), "" (no figure).
    private static bool IsFigure(string cell) => FigureCell().IsMatch(cell);

    // A row with text among its cells (the efforts' owner, period, decision), which may wrap in the PDF.
    private static bool IsTextRow(string[] cells) => cells.Any(cell => !IsFigure(cell));

    // The cells up to the last that is text; the figures follow them.
    private static int TextCells(string[] cells) => Array.FindLastIndex(cells, cell => !IsFigure(cell)) + 1;

    [GeneratedRegex(@"^(-?\d{1,3}( \d{3})*(,\d+)?|-|)$")]
    private static partial Regex FigureCell();

    // A no-break space reads as a space.
    private static string Spaced(string text) => text.Replace('\u00A0', ' ');

    [GeneratedRegex("<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex HtmlRows();
}
