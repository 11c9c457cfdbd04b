using Finsam.Contracts.Documents.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Grpc.Core;

namespace Finsam.Documents.Tests.Functional;

// The annual report (annualReports/{year}): the same engine as the plan, its own template, text
// and versions, the year's figures from budget's follow-up and closing and grants' participants.
public sealed class AnnualReportTests(DocumentsHost host) : IClassFixture<DocumentsHost>
{
    [Fact]
    public async Task A_closed_year_gives_a_final_report_with_the_result_statement_equity_goals_participants_efforts_and_signatures()
    {
        var id = await YearAsync(closed: true);

        var file = await RenderAsync(host.Documents(Caller.ReaderOf(id)), id, FileFormat.Html);
        var text = file.Text();

        Assert.Equal($"arsredovisning-2022-{id}.html", file.FileName);
        Assert.Contains("<title>Årsredovisning 2022 för Samordningsförbundet Sundsvall</title>", text);
        Assert.DoesNotContain("UTKAST", text);
        Assert.Contains("<p>Året präglades av ett minskat underskott.</p>", text);
        // Resultaträkning, in tkr: actual, budget, actual less budget.
        Assert.Contains(Row("Medlemsbidrag", "7 378", "7 378", "0"), text);
        Assert.Contains(Row("Övriga intäkter", "12,3", "0", "12,3"), text);
        Assert.Contains(Row("Summa intäkter", "7 390,3", "7 378", "12,3"), text);
        Assert.Contains(Row("Administration", "7 500", "8 034", "-534"), text);
        Assert.Contains(Row("Övriga poster (utanför budgetens rader)", "-1", "0", "-1"), text);
        Assert.Contains(Row("Årets resultat", "-110,7", "-656", "545,3"), text);
        // Eget kapital: the closed books beside the budget.
        Assert.Contains(Row("Ingående eget kapital", "1 233", "1 233"), text);
        Assert.Contains(Row("Utgående eget kapital", "1 122,3", "577"), text);
        // Balansräkning: the books at the year's end, equity what the assets leave over the debts.
        Assert.Contains(Row("Omsättningstillgångar", "1 389,3", "0"), text);
        Assert.Contains(Row("Balanserat eget kapital", "1 233", "1 233"), text);
        Assert.Contains(Row("Summa eget kapital", "1 122,3", "577"), text);
        Assert.Contains(Row("Kortfristiga skulder", "267", "0"), text);
        Assert.Contains(Row("Summa eget kapital, avsättningar och skulder", "1 389,3", "0"), text);
        // Goals judged on the actuals, and the participant goals.
        Assert.Contains("<th scope=\"row\">Eget kapital minst 10 % av årets medlemsbidrag.</th><td class=\"text\">Uppfyllt</td><td class=\"number\">15,43 %</td>", text);
        Assert.Contains("<th scope=\"row\">Fler deltagare än året innan (19 påbörjade 2021)</th><td class=\"text\">Uppfyllt</td><td class=\"number\">23</td>", text);
        Assert.Contains("<td class=\"number\">64,3 %</td>", text);
        Assert.Contains("Bedömt på årets utfall", text);
        // Participants as grants masks them for the public.
        Assert.Contains(Row("Påbörjade", "23"), text);
        Assert.Contains(Row("Arbete", "< 5"), text);
        Assert.Contains(Row("Psykolog", "850", "895", "-45", "23", "14"), text);
        Assert.Contains("<p>Sundsvall den 15 mars 2023</p>", text);
        Assert.Contains("<th scope=\"row\">Anna Andersson</th><td class=\"text\">Ordförande</td>", text);
        Assert.Contains("<p>Revisorerna tillstyrker att styrelsen beviljas ansvarsfrihet.</p>", text);
    }

    [Fact]
    public async Task An_open_years_report_is_a_draft_on_every_page_and_cannot_be_published()
    {
        var id = await YearAsync(closed: false);
        var documents = host.Documents(Caller.EditorOf(id));

        var html = (await RenderAsync(documents, id, FileFormat.Html)).Text();
        var docx = await RenderAsync(documents, id, FileFormat.Docx);
        var refused = await RpcAssert.FailsWith(StatusCode.FailedPrecondition,
            () => documents.PublishDocumentAsync(new PublishDocumentRequest { Parent = $"federations/{id}/annualReports/2022" }).ResponseAsync);

        Assert.Contains("UTKAST – året ej avslutat", html);
        Assert.Contains("Bedömt på prognos: året är inte avslutat", html);
        Assert.Contains(Row("Ingående eget kapital", "–", "1 233"), html);
        Assert.EndsWith("-utkast.docx", docx.FileName);
        Assert.Contains("not closed", refused.Status.Detail);
        Assert.Empty((await documents.ListDocumentVersionsAsync(new ListDocumentVersionsRequest { Parent = $"federations/{id}/annualReports/2022" })).Versions);
    }

    [Fact]
    public async Task A_published_report_is_a_version_of_its_own_beside_the_years_plan_and_public()
    {
        var id = await YearAsync(closed: true);
        var documents = host.Documents(Caller.EditorOf(id));

        var plan = await documents.PublishDocumentAsync(new PublishDocumentRequest { Parent = $"federations/{id}/documents/2022" });
        var report = await documents.PublishDocumentAsync(new PublishDocumentRequest { Parent = $"federations/{id}/annualReports/2022" });
        var published = await host.Documents(Caller.Anonymous).ListPublishedDocumentsAsync(new ListPublishedDocumentsRequest { Parent = $"federations/{id}" });
        var pdf = await DocumentFile.ReadAsync(host.Documents(Caller.Anonymous).DownloadDocumentVersion(
            new DownloadDocumentVersionRequest { Name = report.Name, Format = FileFormat.Html }));

        Assert.Equal($"federations/{id}/documents/2022/versions/1", plan.Name);
        Assert.Equal(DocumentKind.Plan, plan.Kind);
        Assert.Equal($"federations/{id}/annualReports/2022/versions/1", report.Name);
        Assert.Equal(DocumentKind.AnnualReport, report.Kind);
        Assert.Equal([plan.Name, report.Name], published.Versions.Select(v => v.Name));
        Assert.Contains(Row("Årets resultat", "-110,7", "-656", "545,3"), pdf.Text());
    }

    [Fact]
    public async Task The_reports_template_and_text_are_its_own_and_a_plan_cannot_print_the_reports_tables()
    {
        var id = await YearAsync(closed: true);
        var documents = host.Documents(Caller.EditorOf(id));

        var planText = await documents.GetPlanTextAsync(new GetPlanTextRequest { Name = $"federations/{id}/planTexts/2022" });
        var reportText = await documents.GetPlanTextAsync(new GetPlanTextRequest { Name = $"federations/{id}/annualReportTexts/2022" });
        var standard = await documents.GetDocumentTemplateAsync(new GetDocumentTemplateRequest { Name = $"federations/{id}/annualReportTemplate" });
        var planTemplate = Plan.Template(id);
        planTemplate.Parts.Add(new DocumentPart { Level = 1, Heading = "Resultaträkning", Table = TableKind.ResultStatement });
        var refused = await RpcAssert.IsInvalid(
            () => documents.UpdateDocumentTemplateAsync(new UpdateDocumentTemplateRequest { Template = planTemplate }).ResponseAsync);
        var own = await documents.UpdateDocumentTemplateAsync(new UpdateDocumentTemplateRequest
        {
            Template = new DocumentTemplate
            {
                Name = $"federations/{id}/annualReportTemplate",
                TitlePage = new TitlePage { Title = "Verksamhetsberättelse och årsredovisning {{ year }}" },
                Parts = { new DocumentPart { Level = 1, Heading = "Resultaträkning", Table = TableKind.ResultStatement } },
            },
            AllowMissing = true,
        });
        var rendered = (await RenderAsync(documents, id, FileFormat.Html)).Text();

        Assert.DoesNotContain(planText.Sections, s => s.Key == "revisorerna");
        Assert.Contains(reportText.Sections, s => s.Key == "revisorerna");
        Assert.Equal("Anna Andersson", reportText.Signatories[0].Name);
        // Before the federation writes its own, its template is the standard one, not stored.
        Assert.Equal(("", "Årsredovisning {{ year }} för {{ federation.name }}"), (standard.Etag, standard.TitlePage.Title));
        Assert.Equal([$"template.parts[{planTemplate.Parts.Count - 1}].table"], refused);
        Assert.Equal($"federations/{id}/annualReportTemplate", own.Name);
        Assert.Contains("<title>Verksamhetsberättelse och årsredovisning 2022</title>", rendered);
        Assert.DoesNotContain("Underskrifter", rendered);
    }

    private async Task<string> YearAsync(bool closed)
    {
        var id = await host.PlanAsync(adopted: true);
        MadeUpAnnualReport.Year(host.Neighbours, id, closed);
        await host.Documents(Caller.EditorOf(id)).UpdatePlanTextAsync(new UpdatePlanTextRequest
        {
            PlanText = new PlanText
            {
                Name = $"federations/{id}/annualReportTexts/2022",
                Sections =
                {
                    new Section { Key = "forvaltningsberattelse", Text = "Året präglades av ett minskat underskott." },
                    new Section { Key = "revisorerna", Text = "Revisorerna tillstyrker att styrelsen beviljas ansvarsfrihet." },
                },
                Signatories = { new Signatory { Name = "Anna Andersson", Role = "Ordförande" }, new Signatory { Name = "Bo Berg", Role = "Vice ordförande" } },
                SigningPlaceAndDate = "Sundsvall den 15 mars 2023",
            },
            AllowMissing = true,
        });
        return id;
    }

    private static Task<DocumentFile> RenderAsync(DocumentService.DocumentServiceClient documents, string federationId, FileFormat format) =>
        DocumentFile.ReadAsync(documents.RenderDocument(new RenderDocumentRequest { Name = $"federations/{federationId}/annualReports/2022", Format = format }));

    // A table row as the HTML writer prints it: the label, then figures.
    private static string Row(string label, params string[] figures) =>
        $"<th scope=\"row\">{label}</th>" + string.Concat(figures.Select(f => $"<td class=\"number\">{f}</td>"));
}
