using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.SourceDocuments;
using Finsam.SystemTests.Budget;
using Finsam.SystemTests.Infrastructure;

namespace Finsam.SystemTests.Documents;

// Norrvik's 2026 as docs/federations/norrvik-arsredovisning-2026.txt tells it: its adopted budget
// (as for the plan), the year's books exported from its accounting program and imported through the
// gateway, the year closed, its efforts' participants entered, its own template and text. The
// annual report, as Word, PDF and HTML, prints every row of the source's tables, and each figure is
// the one the services answer.
[Collection(SystemCollection.Name)]
public sealed partial class NorrvikAnnualReportTests(FinsamSystem system)
{
    private const int Year = NorrvikBudget.Year;
    private const string Actual = "Utfall 2026";
    private const string Count = "Antal 2026";

    private static readonly SourceDocument Source = NorrvikYear.Source;
    private static readonly string[] Tables = ["Resultaträkning 2026", "Balansräkning 2026", "Eget kapital 2026", "Insatsernas kostnader 2026", "Deltagare 2026"];

    [Fact]
    public async Task The_closed_years_annual_report_prints_the_sources_every_figure_in_docx_pdf_and_html_as_the_services_answer_it()
    {
        var id = await NorrvikBudget.SetUpAsync(system);
        var parent = $"federations/{id}";
        await NorrvikYear.BookAsync(system, parent);
        await NorrvikYear.EnterParticipantsAsync(system, parent);
        await NorrvikYear.WriteReportAsync(system, parent);

        var docxFile = await RenderAsync(parent, FileFormat.Docx);
        await File.WriteAllBytesAsync(Path.Combine(Artifacts.Directory("documents"), $"norrvik-arsredovisning-{Year}.docx"), docxFile.Content);
        var docx = DocxContent.Read(docxFile.Content);
        var pdf = await PdfContent.ReadAsync((await RenderAsync(parent, FileFormat.Pdf)).Content, $"norrvik-arsredovisning-{Year}");
        var html = Encoding.UTF8.GetString((await RenderAsync(parent, FileFormat.Html)).Content);
        var htmlRows = HtmlRows().Matches(html)
            .Select(m => ReferenceTables.Compact(WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<[^>]+>", ""))))
            .ToHashSet();

        // The source's tables, row by row, in every format.
        var rows = Tables.SelectMany(heading => Source.Table(heading).Rows).Where(row => row.Cells.Any(cell => cell.Length > 0)).ToList();
        Assert.True(rows.Count > 30, $"{rows.Count} rows with figures in the source's tables.");
        Assert.All(rows, row => Assert.True(docx.HasRow(row.Label, row.Cells), $"DOCX has no row {row.Label}: {string.Join(" | ", row.Cells)}"));
        Assert.All(rows, row => Assert.True(pdf.HasRow(row.Label, row.Cells), $"PDF has no row {row.Label}: {string.Join(" | ", row.Cells)}"));
        Assert.All(rows, row => Assert.Contains(ReferenceTables.Compact(row.Label + string.Concat(row.Cells)), htmlRows));
        var signatures = Source.Table("Styrelsens ledamöter").Rows;
        Assert.All(signatures, row => Assert.Contains(ReferenceTables.Compact(row.Label + row.Cells[0] + "______________________"), htmlRows));
        var text = Spaced(WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", "")));
        Assert.All(Sentences, sentence =>
        {
            Assert.Contains(sentence, Spaced(Source.Text));
            Assert.Contains(sentence, Spaced(docx.Text));
            Assert.Contains(sentence, text);
        });
        Assert.DoesNotContain("UTKAST", text);
        Assert.Contains("ÅRSREDOVISNING 2026", pdf.Text);

        // The source's figures are the services' own.
        var followUp = await system.Budget.GetFollowUpAsync(new GetFollowUpRequest { Name = $"{parent}/followUps/{Year}", ThroughMonth = $"{Year}-12" });
        var closing = (await system.Budget.GetYearActualsAsync(new GetYearActualsRequest { Name = $"{parent}/actuals/{Year}" })).Closing;
        var participants = await system.Grants.SummarizeParticipantsAsync(new SummarizeParticipantsRequest { Parent = parent, Year = Year });
        var result = Source.Table("Resultaträkning 2026");
        foreach (var (_, _, row, sourceRow, income) in NorrvikYear.Accounts)
        {
            var followed = followUp.Income.Concat(followUp.CostGroups).Single(r => r.Key == row);
            Assert.Equal(Ore(result.Amount(sourceRow, Actual)), income ? followed.ActualToDateOre : -followed.ActualToDateOre);
            Assert.Equal(Ore(result.Amount(sourceRow, "Budget 2026")), income ? followed.BudgetYearOre : -followed.BudgetYearOre);
        }
        Assert.Equal(Ore(result.Amount("Årets resultat", Actual)), closing.ResultOre);
        var equity = Source.Table("Eget kapital 2026");
        Assert.Equal(Ore(equity.Amount("Ingående eget kapital", Actual)), closing.OpeningEquityOre);
        Assert.Equal(Ore(equity.Amount("Utgående eget kapital", Actual)), closing.ClosingEquityOre);
        var balances = (await system.Budget.GetYearActualsAsync(new GetYearActualsRequest { Name = $"{parent}/actuals/{Year}" })).Balances.ToDictionary(b => b.Account, b => b.ClosingOre);
        var balance = Source.Table("Balansräkning 2026");
        Assert.Equal(Ore(balance.Amount("Omsättningstillgångar", Actual)), balances["1930"]);
        Assert.Equal(Ore(balance.Amount("Kortfristiga skulder", Actual)), -balances["2440"]);
        Assert.Equal(Ore(balance.Amount("Balanserat eget kapital", Actual)), -balances["2010"]);
        var efforts = Source.Table("Insatsernas kostnader 2026");
        foreach (var (_, effort, name) in NorrvikYear.Objects)
        {
            var followed = followUp.Efforts.Single(r => r.Key == $"{parent}/efforts/{effort}");
            Assert.Equal((Ore(efforts.Amount(name, "Kostnad 2026")), Ore(efforts.Amount(name, "Budget 2026"))), (followed.ActualToDateOre, followed.BudgetYearOre));
        }
        var counted = Source.Table("Deltagare 2026");
        Assert.Equal(
            [counted.Amount("Påbörjade", Count), counted.Amount("Pågående vid årets slut", Count), counted.Amount("Avslutade", Count), counted.Amount("Arbete", Count)],
            [participants.Total.Started, participants.Total.Ongoing, participants.Total.Ended, participants.Total.AfterWork]);

        // The goals as the budget service judged them on the closed year, in every format.
        Assert.True(followUp.GoalsOnActuals);
        Assert.NotEmpty(followUp.Goals);
        foreach (var goal in followUp.Goals.Where(g => g.Year == Year))
        {
            string[] cells = [goal.Status == GoalStatus.Met ? "Uppfyllt" : goal.Status == GoalStatus.NotMet ? "Ej uppfyllt" : "Ej bedömt", GoalFigure(goal)];
            Assert.True(docx.HasRow(goal.Explanation, cells), $"DOCX has no goal {goal.Explanation}: {string.Join(" | ", cells)}");
            Assert.True(pdf.HasRowWithText(goal.Explanation, cells[..1], cells[1..]), $"PDF has no goal {goal.Explanation}: {string.Join(" | ", cells)}");
            Assert.Contains(ReferenceTables.Compact(goal.Explanation + string.Concat(cells)), htmlRows);
        }
    }

    [Fact]
    public async Task Publishing_keeps_the_report_as_a_version_of_its_own_at_an_address_that_says_annual_report_beside_the_years_plan()
    {
        var id = await NorrvikBudget.SetUpAsync(system);
        var parent = $"federations/{id}";
        await NorrvikDocument.SetUpAsync(system, id);
        await NorrvikYear.BookAsync(system, parent);
        await NorrvikYear.WriteReportAsync(system, parent);

        var plan = await system.Documents.PublishDocumentAsync(new PublishDocumentRequest { Parent = $"{parent}/documents/{Year}" });
        var report = await system.Documents.PublishDocumentAsync(new PublishDocumentRequest { Parent = $"{parent}/annualReports/{Year}" });
        var listed = await system.DocumentsAnonymously.ListPublishedDocumentsAsync(new ListPublishedDocumentsRequest { Parent = parent });
        using var pdf = await system.Json.GetAsync($"/v1/{report.Name}/files/pdf");
        using var planPdf = await system.Json.GetAsync($"/v1/{plan.Name}/files/pdf");

        Assert.Equal($"{parent}/annualReports/{Year}/versions/1", report.Name);
        Assert.Equal($"{parent}/documents/{Year}/versions/1", plan.Name);
        Assert.Equal([(plan.Name, DocumentKind.Plan), (report.Name, DocumentKind.AnnualReport)], listed.Versions.Select(v => (v.Name, v.Kind)));
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal($"arsredovisning-{Year}-{id}.pdf", pdf.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(HttpStatusCode.OK, planPdf.StatusCode);
        var published = await PdfContent.ReadAsync(await pdf.Content.ReadAsByteArrayAsync(), $"norrvik-arsredovisning-{Year}-publicerad");
        Assert.True(published.HasRow("Årets resultat", [.. Source.Table("Resultaträkning 2026").Rows.Single(r => r.Label == "Årets resultat").Cells]));
    }

    // The sentences of the source whose figures the report's text takes from the services.
    private static readonly string[] Sentences =
    [
        "Förbundet redovisar ett resultat på 10 220 kr för 2026, mot ett budgeterat resultat på -157 000 kr.",
        "Under året påbörjade 58 personer en insats och 38 avslutade en. Av dem som avslutade gick 11 till arbete och 7 till studier.",
        "Norrvik den 12 mars 2027",
        "Revisorerna har granskat förbundets verksamhet och räkenskaper för 2026 och tillstyrker att styrelsen beviljas ansvarsfrihet.",
    ];

    private Task<DocumentFile> RenderAsync(string parent, FileFormat format) =>
        DocumentFile.ReadAsync(system.Documents.RenderDocument(new RenderDocumentRequest { Name = $"{parent}/annualReports/{Year}", Format = format }));

    // As the goals table prints a goal's figure: a share, or an amount in kronor.
    private static string GoalFigure(GoalReport goal) => goal.ActualBasisPoints != 0
        ? $"{(goal.ActualBasisPoints / 100m).ToString("0.##", CultureInfo.GetCultureInfo("sv-SE"))} %"
        : Math.Round(goal.ActualOre / 100m, 0, MidpointRounding.AwayFromZero).ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ');

    private static long Ore(decimal kronor) => NorrvikYear.Ore(kronor);

    private static string Spaced(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    [GeneratedRegex("<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex HtmlRows();
}
