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
using Google.Protobuf;

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

    private static readonly SourceDocument Source = SourceDocument.Load("norrvik-arsredovisning-2026.txt");
    private static readonly string[] Tables = ["Resultaträkning 2026", "Eget kapital 2026", "Insatsernas kostnader 2026", "Deltagare 2026"];

    // The accounts the books use, the budget row each goes to and the source row it sums to.
    private static readonly (string Account, string Name, string Row, string SourceRow, bool Income)[] Accounts =
    [
        ("3010", "Medlemsbidrag", "contributions", "Medlemsbidrag", true),
        ("3990", "Ovriga intakter", "other-income", "Övriga intäkter", true),
        ("4010", "Kopta tjanster insatser", "insatser", "Insatser", false),
        ("4510", "Gemensamma aktiviteter", "gemensamma-aktiviteter", "Gemensamma aktiviteter", false),
        ("7010", "Forbundets administration", "administration", "Förbundets administration", false),
    ];

    // The efforts' project objects (dimension 6) and the source's names for them.
    private static readonly (string Object, string Effort, string Name)[] Objects =
    [
        ("steget", "steget-vidare", "Steget vidare"),
        ("arbetsliv", "arbetslivsteamet", "Arbetslivsteamet"),
        ("halsa", "halsoskolan", "Hälsoskolan"),
        ("samverkan", "samverkansutbildning", "Samverkansutbildning för handläggare"),
    ];

    [Fact]
    public async Task The_closed_years_annual_report_prints_the_sources_every_figure_in_docx_pdf_and_html_as_the_services_answer_it()
    {
        var id = await NorrvikBudget.SetUpAsync(system);
        var parent = $"federations/{id}";
        await BookTheYearAsync(parent);
        await EnterTheParticipantsAsync(parent);
        await WriteTheReportAsync(parent);

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
        foreach (var (_, _, row, sourceRow, income) in Accounts)
        {
            var followed = followUp.Income.Concat(followUp.CostGroups).Single(r => r.Key == row);
            Assert.Equal(Ore(result.Amount(sourceRow, Actual)), income ? followed.ActualToDateOre : -followed.ActualToDateOre);
            Assert.Equal(Ore(result.Amount(sourceRow, "Budget 2026")), income ? followed.BudgetYearOre : -followed.BudgetYearOre);
        }
        Assert.Equal(Ore(result.Amount("Årets resultat", Actual)), closing.ResultOre);
        var equity = Source.Table("Eget kapital 2026");
        Assert.Equal(Ore(equity.Amount("Ingående eget kapital", Actual)), closing.OpeningEquityOre);
        Assert.Equal(Ore(equity.Amount("Utgående eget kapital", Actual)), closing.ClosingEquityOre);
        var efforts = Source.Table("Insatsernas kostnader 2026");
        foreach (var (_, effort, name) in Objects)
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
            Assert.Contains(ReferenceTables.Compact(goal.Explanation + string.Concat(cells)), htmlRows);
        }
    }

    [Fact]
    public async Task Publishing_keeps_the_report_as_a_version_of_its_own_at_an_address_that_says_annual_report_beside_the_years_plan()
    {
        var id = await NorrvikBudget.SetUpAsync(system);
        var parent = $"federations/{id}";
        await NorrvikDocument.SetUpAsync(system, id);
        await BookTheYearAsync(parent);
        await WriteTheReportAsync(parent);

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
        "Under året påbörjade 48 personer en insats och 36 avslutade en. Av dem som avslutade gick 9 till arbete och 7 till studier.",
        "Norrvik den 12 mars 2027",
        "Revisorerna har granskat förbundets verksamhet och räkenskaper för 2026 och tillstyrker att styrelsen beviljas ansvarsfrihet.",
    ];

    // The year's books as the accounting program exports them (each source row's year in twelve
    // monthly vouchers, each effort's cost on its project object), mapped to the budget's rows,
    // imported through the gateway and closed.
    private async Task BookTheYearAsync(string parent)
    {
        await system.Budget.SetActualsMappingAsync(new SetActualsMappingRequest
        {
            ActualsMapping = new ActualsMapping
            {
                Name = $"{parent}/actualsMapping",
                Accounts = { Accounts.Select(a => new AccountMappingRule { Prefix = a.Account, Row = a.Row }) },
                Objects = { Objects.Select(o => new ObjectMappingRule { Dimension = "6", Object = o.Object, Effort = $"{parent}/efforts/{o.Effort}" }) },
            },
        });
        var result = Source.Table("Resultaträkning 2026");
        var efforts = Source.Table("Insatsernas kostnader 2026");
        var bookings = new List<(string Account, string? Object, long Ore)>();
        foreach (var (account, _, _, sourceRow, income) in Accounts)
        {
            // Income is credit, a cost (printed negative) debit: the books' signs are the printed ones negated.
            var ore = -Ore(result.Amount(sourceRow, Actual));
            if (account == "4010")
            {
                foreach (var (objectId, _, name) in Objects)
                {
                    var effortOre = Ore(efforts.Amount(name, "Kostnad 2026"));
                    bookings.Add((account, objectId, effortOre));
                    ore -= effortOre;
                }
            }
            bookings.Add((account, null, ore));
        }
        await system.Budget.ImportActualsAsync(new ImportActualsRequest
        {
            Parent = parent,
            Year = Year,
            FileName = "norrvik-2026.se",
            Content = ByteString.CopyFrom(Encoding.ASCII.GetBytes(Sie(bookings))),
        });
        await system.Budget.CloseYearAsync(new CloseYearRequest { Name = $"{parent}/actuals/{Year}" });
    }

    private static string Sie(IReadOnlyList<(string Account, string? Object, long Ore)> bookings)
    {
        var sie = new StringBuilder();
        sie.Append(CultureInfo.InvariantCulture, $"#FLAGGA 0\r\n#FORMAT PC8\r\n#SIETYP 4\r\n#PROGRAM \"Bokforingen\" 1.0\r\n#FNAMN \"Samordningsforbundet Norrvik\"\r\n#GEN {Year + 1}0115\r\n#RAR 0 {Year}0101 {Year}1231\r\n#DIM 6 \"Projekt\"\r\n");
        foreach (var (account, name, _, _, _) in Accounts)
        {
            sie.Append(CultureInfo.InvariantCulture, $"#KONTO {account} \"{name}\"\r\n");
        }
        sie.Append("#KONTO 1930 \"Foretagskonto\"\r\n");
        foreach (var (objectId, _, _) in Objects)
        {
            sie.Append(CultureInfo.InvariantCulture, $"#OBJEKT 6 \"{objectId}\" \"{objectId}\"\r\n");
        }
        var number = 0;
        foreach (var (account, objectId, ore) in bookings)
        {
            // A twelfth each month, the öre left over in December.
            for (var month = 1; month <= 12; month++)
            {
                var part = month < 12 ? ore / 12 : ore - 11 * (ore / 12);
                var objects = objectId is null ? "{}" : $"{{6 \"{objectId}\"}}";
                sie.Append(CultureInfo.InvariantCulture, $"#VER A {++number} {Year}{month:00}15 \"Verifikation {number}\"\r\n{{\r\n");
                sie.Append(CultureInfo.InvariantCulture, $"   #TRANS {account} {objects} {Kronor(part)}\r\n   #TRANS 1930 {{}} {Kronor(-part)}\r\n}}\r\n");
            }
        }
        return sie.ToString();
    }

    // The source's appendix, per effort, as officers enter each effort's yearly follow-up.
    private async Task EnterTheParticipantsAsync(string parent)
    {
        var perEffort = Source.Table("Deltagare per insats 2026");
        foreach (var name in perEffort.Columns)
        {
            int N(string label) => (int)perEffort.Amount(label, name);
            var effort = Objects.Single(o => o.Name == name).Effort;
            await system.Grants.SetFollowUpAsync(new SetFollowUpRequest
            {
                FollowUp = new FollowUp
                {
                    Name = $"{parent}/efforts/{effort}/followUps/{Year}",
                    Participants = new Participants
                    {
                        Started = N("Påbörjade"), Ongoing = N("Pågående vid årets slut"), Ended = N("Avslutade"),
                        Women = N("Kvinnor"), Men = N("Män"),
                        Aged16To29 = N("16–29 år"), Aged30To49 = N("30–49 år"), Aged50To64 = N("50–64 år"),
                        BeforeSicknessBenefit = N("Sjukpenning eller sjukersättning"), BeforeActivitySupport = N("Aktivitetsstöd"),
                        BeforeIncomeSupport = N("Försörjningsstöd"), BeforeNoIncome = N("Ingen ersättning"), BeforeOther = N("Annan försörjning"),
                        AfterWork = N("Arbete"), AfterStudies = N("Studier"), AfterJobSeeking = N("Arbetssökande"), AfterOther = N("Annat"),
                    },
                },
            });
        }
    }

    // Norrvik's own annual report template (in kronor, as its plan) and the year's text, whose
    // figures are placeholders.
    private async Task WriteTheReportAsync(string parent)
    {
        await system.Documents.UpdateDocumentTemplateAsync(new UpdateDocumentTemplateRequest
        {
            AllowMissing = true,
            Template = new DocumentTemplate
            {
                Name = $"{parent}/annualReportTemplate",
                TitlePage = new TitlePage { Lines = { "SAMORDNINGSFÖRBUNDET NORRVIK" }, Title = "ÅRSREDOVISNING {{ year }}" },
                Unit = AmountUnit.Kronor,
                TableOfContents = true,
                Parts =
                {
                    new DocumentPart { Level = 1, Heading = "Förvaltningsberättelse", Section = "forvaltningsberattelse" },
                    new DocumentPart { Level = 2, Heading = "Verksamheten under {{ year }}", Section = "verksamheten" },
                    new DocumentPart { Level = 2, Heading = "Måluppfyllelse", Table = TableKind.GoalFulfilment },
                    new DocumentPart { Level = 2, Heading = "Deltagare {{ year }}", Table = TableKind.Participants },
                    new DocumentPart { Level = 2, Heading = "Insatsernas kostnader {{ year }}", Table = TableKind.EffortOutcomes },
                    new DocumentPart { Level = 1, Heading = "Resultaträkning {{ year }}", Table = TableKind.ResultStatement },
                    new DocumentPart { Level = 1, Heading = "Eget kapital {{ year }}", Table = TableKind.Equity },
                    new DocumentPart { Level = 1, Heading = "Underskrifter", Table = TableKind.Signatures },
                    new DocumentPart { Level = 1, Heading = "Revisorernas avsnitt", Section = "revisorerna" },
                },
            },
        });
        var signatories = Source.Table("Styrelsens ledamöter").Rows.Select(row => new Signatory { Name = row.Label, Role = row.Cells[0] });
        await system.Documents.UpdatePlanTextAsync(new UpdatePlanTextRequest
        {
            AllowMissing = true,
            PlanText = new PlanText
            {
                Name = $"{parent}/annualReportTexts/{Year}",
                Sections =
                {
                    new Section { Key = "forvaltningsberattelse", Text = "Förbundet redovisar ett resultat på {{ actuals.result.kr }} för {{ year }}, mot ett budgeterat resultat på {{ budget.result.kr }}." },
                    new Section { Key = "verksamheten", Text = "Under året påbörjade {{ participants.started }} personer en insats och {{ participants.ended }} avslutade en. Av dem som avslutade gick {{ participants.after_work }} till arbete och {{ participants.after_studies }} till studier." },
                    new Section { Key = "revisorerna", Text = "Revisorerna har granskat förbundets verksamhet och räkenskaper för {{ year }} och tillstyrker att styrelsen beviljas ansvarsfrihet." },
                },
                Signatories = { signatories },
                SigningPlaceAndDate = "Norrvik den 12 mars 2027",
            },
        });
    }

    private Task<DocumentFile> RenderAsync(string parent, FileFormat format) =>
        DocumentFile.ReadAsync(system.Documents.RenderDocument(new RenderDocumentRequest { Name = $"{parent}/annualReports/{Year}", Format = format }));

    // As the goals table prints a goal's figure: a share, or an amount in kronor.
    private static string GoalFigure(GoalReport goal) => goal.ActualBasisPoints != 0
        ? $"{(goal.ActualBasisPoints / 100m).ToString("0.##", CultureInfo.GetCultureInfo("sv-SE"))} %"
        : Math.Round(goal.ActualOre / 100m, 0, MidpointRounding.AwayFromZero).ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ');

    private static long Ore(decimal kronor) => (long)(kronor * 100);

    private static string Kronor(long ore) => (ore / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Spaced(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    [GeneratedRegex("<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex HtmlRows();
}
