using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.SystemTests.Infrastructure;
using Grpc.Core;

namespace Finsam.SystemTests.Documents;

// A draft is a preview for the federation; a published version is a public record,
// kept byte for byte with the inputs it was made from.
[Collection(SystemCollection.Name)]
public sealed class PublishingTests(FinsamSystem system)
{
    [Fact]
    public async Task Until_the_budget_is_adopted_the_document_is_a_draft_on_every_page_and_cannot_be_published()
    {
        var id = await SundsvallDocument.SetUpAsync(system, adopted: false);

        var pdfFile = await DocumentFile.RenderAsync(system.Documents, id, FileFormat.Pdf);
        var pdf = await PdfContent.ReadAsync(pdfFile.Content, "sundsvall-2022-draft");
        Assert.EndsWith("-utkast.pdf", pdfFile.FileName);
        Assert.All(pdf.Pages, page => Assert.Contains("UTKAST", page));
        Assert.DoesNotContain("DNR", pdf.Text);
        Assert.DoesNotContain("Antagen av", pdf.Text);

        var docx = DocxContent.Read((await DocumentFile.RenderAsync(system.Documents, id, FileFormat.Docx)).Content);
        Assert.Contains("UTKAST", Assert.Single(docx.PageHeaders));
        Assert.Contains("UTKAST", Assert.Single(docx.PageFooters));

        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => system.Documents.PublishDocumentAsync(new PublishDocumentRequest { Parent = $"federations/{id}/documents/2022" }).ResponseAsync);
        Assert.Empty((await system.DocumentsAnonymously.ListDocumentVersionsAsync(new ListDocumentVersionsRequest { Parent = $"federations/{id}/documents/2022" })).Versions);
    }

    [Fact]
    public async Task A_draft_is_previewed_over_json_in_each_format_by_a_reader_and_refused_to_another_federations_reader()
    {
        var id = await SundsvallDocument.SetUpAsync(system, adopted: false);
        // A vision below the title, and a numbered list that a paragraph interrupts.
        var template = await system.Documents.GetDocumentTemplateAsync(new GetDocumentTemplateRequest { Name = $"federations/{id}/documentTemplate" });
        template.TitlePage.LinesBelowTitle.Add("Samverkan som gör skillnad");
        await system.Documents.UpdateDocumentTemplateAsync(new UpdateDocumentTemplateRequest { Template = template, UpdateMask = new() { Paths = { "title_page" } } });
        var text = await system.Documents.GetPlanTextAsync(new GetPlanTextRequest { Name = $"federations/{id}/planTexts/2022" });
        text.Sections.Single(s => s.Key == "kommunikation").Text += "\n\n1. Första steget.\n\nEmellan dem en text.\n\n2. Andra steget.";
        await system.Documents.UpdatePlanTextAsync(new UpdatePlanTextRequest { PlanText = text });
        var otherId = Federations.NewId("annan");
        await system.Funding.CreateFederationAsync(new Contracts.Funding.V1.CreateFederationRequest { FederationId = otherId, Federation = Federations.Sundsvall() });
        using var reader = new HttpClient { BaseAddress = system.GatewayHttp };
        reader.DefaultRequestHeaders.Authorization = new("Bearer", await system.TokenWithRolesAsync((Contracts.Identity.V1.Role.Reader, id)));
        using var otherReader = new HttpClient { BaseAddress = system.GatewayHttp };
        otherReader.DefaultRequestHeaders.Authorization = new("Bearer", await system.TokenWithRolesAsync((Contracts.Identity.V1.Role.Reader, otherId)));

        var files = new Dictionary<string, byte[]>();
        foreach (var (format, contentType) in new[]
        {
            ("PDF", "application/pdf"),
            ("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            ("HTML", "text/html; charset=utf-8"),
        })
        {
            var path = $"/v1/federations/{id}/documents/2022:preview?format=FILE_FORMAT_{format}";
            using var response = await reader.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{format}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
            Assert.Equal($"verksamhetsplan-och-budget-2022-{id}-utkast.{format.ToLowerInvariant()}", response.Content.Headers.ContentDisposition?.FileName);
            files[format] = await response.Content.ReadAsByteArrayAsync();

            using var refused = await otherReader.GetAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var pdf = await PdfContent.ReadAsync(files["PDF"], "sundsvall-2022-preview");
        Assert.All(pdf.Pages, page => Assert.Contains("UTKAST", page));
        var titlePage = Regex.Replace(pdf.Pages[0], @"\s+", " ");
        Assert.True(titlePage.IndexOf("Verksamhetsplan och budget 2022 - 2024", StringComparison.Ordinal) < titlePage.IndexOf("Samverkan som gör skillnad", StringComparison.Ordinal), titlePage);
        Assert.Matches(@"(?m)^\s*2\.\s+Andra steget\.", pdf.Text);
        var docx = DocxContent.Read(files["DOCX"]);
        Assert.Contains("UTKAST", Assert.Single(docx.PageHeaders));
        Assert.Contains("Samverkan som gör skillnad", docx.Text);
        Assert.Contains("Inledning", System.Text.Encoding.UTF8.GetString(files["HTML"]));
    }

    [Fact]
    public async Task A_published_version_is_public_kept_byte_for_byte_with_its_inputs_and_a_later_one_changes_nothing_of_it()
    {
        var id = await SundsvallDocument.SetUpAsync(system);
        var parent = $"federations/{id}/documents/2022";

        var first = await system.Documents.PublishDocumentAsync(new PublishDocumentRequest { Parent = parent, RequestId = "publicering-1" });
        Assert.Equal((1, $"federations/{id}/budgets/2022", 1, "2021-11-26", "60/21"), (first.Version, first.Budget, first.BudgetVersion, first.AdoptedOn, first.ReferenceNumber));
        Assert.Equal([FileFormat.Docx, FileFormat.Pdf, FileFormat.Html], first.Files.Select(f => f.Format));
        Assert.NotEqual("anonymous", first.PublishedBy);
        Assert.NotEmpty(first.PublishedBy);
        var retried = await system.Documents.PublishDocumentAsync(new PublishDocumentRequest { Parent = parent, RequestId = "publicering-1" });
        Assert.Equal(first.Name, retried.Name);

        // Anyone may read it, without signing in: the file as published, its hash as listed.
        var pdf = await DownloadAnonymouslyAsync(first.Name, FileFormat.Pdf);
        Assert.Equal(first.Files[1].Sha256, Convert.ToHexStringLower(SHA256.HashData(pdf.Content)));
        var docx = await DownloadAnonymouslyAsync(first.Name, FileFormat.Docx);
        var html = await DownloadAnonymouslyAsync(first.Name, FileFormat.Html);
        // The inputs hold more than the document prints: for the federation's readers only.
        Assert.Equal("", (await system.DocumentsAnonymously.GetDocumentVersionAsync(new GetDocumentVersionRequest { Name = first.Name })).InputsJson);
        var kept = await system.Documents.GetDocumentVersionAsync(new GetDocumentVersionRequest { Name = first.Name });
        var inputs = DocumentInputs.Parser.ParseJson(kept.InputsJson);
        Assert.Equal((2022, "60/21"), (inputs.Year, inputs.Budget.ReferenceNumber));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(kept.InputsJson))), kept.InputsSha256);

        // The text changes and a second version is published; the first stays as it was.
        var text = await system.Documents.GetPlanTextAsync(new GetPlanTextRequest { Name = $"federations/{id}/planTexts/2022" });
        text.Sections.Single(s => s.Key == "vision").Text = "Samordningsförbundet Sundsvalls vision är ”Samverkan som gör skillnad, varje dag”";
        await system.Documents.UpdatePlanTextAsync(new UpdatePlanTextRequest { PlanText = text });
        var second = await system.Documents.PublishDocumentAsync(new PublishDocumentRequest { Parent = parent });
        Assert.Equal(2, second.Version);
        Assert.NotEqual(first.InputsSha256, second.InputsSha256);
        Assert.NotEqual(first.Files[0].Sha256, second.Files[0].Sha256);
        Assert.Contains("varje dag", DocxContent.Read((await DownloadAnonymouslyAsync(second.Name, FileFormat.Docx)).Content).Text);

        Assert.Equal(docx.Content, (await DownloadAnonymouslyAsync(first.Name, FileFormat.Docx)).Content);
        Assert.Equal(pdf.Content, (await DownloadAnonymouslyAsync(first.Name, FileFormat.Pdf)).Content);
        Assert.Equal(html.Content, (await DownloadAnonymouslyAsync(first.Name, FileFormat.Html)).Content);
        Assert.Equal([1, 2], (await system.DocumentsAnonymously.ListDocumentVersionsAsync(new ListDocumentVersionsRequest { Parent = parent })).Versions.Select(v => v.Version));

        // A plain link works too, for the federation's web site.
        using var anonymous = new HttpClient { BaseAddress = system.GatewayHttp };
        var response = await anonymous.GetAsync($"/v1/federations/{id}/documents/2022/versions/1/files/pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf.Content, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Drafts_are_for_the_federation_only_and_published_versions_for_everyone()
    {
        var id = await SundsvallDocument.SetUpAsync(system);
        var published = await system.Documents.PublishDocumentAsync(new PublishDocumentRequest { Parent = $"federations/{id}/documents/2022" });

        await RpcAssert.FailsWith(StatusCode.Unauthenticated, () => DocumentFile.RenderAsync(system.DocumentsAnonymously, id, FileFormat.Html));
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, () => system.DocumentsAnonymously.GetPlanTextAsync(new GetPlanTextRequest { Name = $"federations/{id}/planTexts/2022" }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, () => system.DocumentsAnonymously.PublishDocumentAsync(new PublishDocumentRequest { Parent = $"federations/{id}/documents/2022" }).ResponseAsync);
        var reader = system.DocumentsAs(await system.TokenWithRolesAsync((Contracts.Identity.V1.Role.Reader, id)));
        Assert.Contains("Inledning", System.Text.Encoding.UTF8.GetString((await DocumentFile.RenderAsync(reader, id, FileFormat.Html)).Content));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => reader.PublishDocumentAsync(new PublishDocumentRequest { Parent = $"federations/{id}/documents/2022" }).ResponseAsync);

        Assert.Equal(published.Files[2].Sha256, (await DownloadAnonymouslyAsync(published.Name, FileFormat.Html)).ContentSha256());
        using var anonymous = new HttpClient { BaseAddress = system.GatewayHttp };
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/v1/{published.Name}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/v1/federations/{id}/planTexts/2022")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/v1/federations/{id}/documents/2022/versions/9/files/pdf")).StatusCode);
    }

    [Fact]
    public async Task A_revised_budget_makes_the_document_a_draft_again_while_the_published_version_stays()
    {
        var id = await SundsvallDocument.SetUpAsync(system);
        var published = await system.Documents.PublishDocumentAsync(new PublishDocumentRequest { Parent = $"federations/{id}/documents/2022" });

        await system.Budget.ReviseBudgetAsync(new ReviseBudgetRequest { Name = $"federations/{id}/budgets/2022" });

        var html = System.Text.Encoding.UTF8.GetString((await DocumentFile.RenderAsync(system.Documents, id, FileFormat.Html)).Content);
        Assert.Contains("UTKAST", html);
        var kept = await DownloadAnonymouslyAsync(published.Name, FileFormat.Html);
        Assert.DoesNotContain("UTKAST", System.Text.Encoding.UTF8.GetString(kept.Content));
    }

    private Task<DocumentFile> DownloadAnonymouslyAsync(string version, FileFormat format) =>
        DocumentFile.ReadAsync(system.DocumentsAnonymously.DownloadDocumentVersion(new DownloadDocumentVersionRequest { Name = version, Format = format }));
}
