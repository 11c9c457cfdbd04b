using System.Net;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Finsam.Contracts.Documents.V1;
using Finsam.FunctionalTesting.Security;

namespace Finsam.Documents.Tests.Functional;

// A draft previewed over plain HTTP, as a JSON client does before anything is published:
// the answer is the file itself, for anyone with a role in the federation.
public sealed class PreviewTests(DocumentsHost host) : IClassFixture<DocumentsHost>
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Theory]
    [InlineData(FileFormat.Html, "text/html; charset=utf-8", "html")]
    [InlineData(FileFormat.Docx, Docx, "docx")]
    [InlineData(FileFormat.Pdf, "application/pdf", "pdf")]
    public async Task Each_format_is_the_http_answer_itself_named_for_saving(FileFormat format, string contentType, string extension)
    {
        var id = await host.PlanAsync();
        using var http = host.Http(Caller.ReaderOf(id));

        using var response = await http.GetAsync(Preview(id, format));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal("attachment", disposition?.DispositionType);
        Assert.Equal($"verksamhetsplan-och-budget-2022-{id}-utkast.{extension}", disposition?.FileName);
        var content = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(content.Length, response.Content.Headers.ContentLength ?? content.Length);
        switch (format)
        {
            case FileFormat.Pdf:
                Assert.Equal("%PDF-", Encoding.ASCII.GetString(content, 0, 5));
                break;
            case FileFormat.Docx:
                using (var package = WordprocessingDocument.Open(new MemoryStream(content), isEditable: false))
                {
                    Assert.Contains("Intäkterna är 7\u00A0378\u00A0000\u00A0kr", package.MainDocumentPart!.Document!.Body!.InnerText);
                }
                break;
            default:
                Assert.Contains("Intäkterna är 7 378 000 kr", new DocumentFile("", "", content).Text());
                break;
        }
        if (format != FileFormat.Pdf)
        {
            // The same document RenderDocument streams; a PDF is printed afresh each time.
            Assert.Equal((await DocumentFile.RenderAsync(host.Documents(Caller.ReaderOf(id)), id, format)).Content, content);
        }
    }

    [Fact]
    public async Task Every_role_in_the_federation_previews_it()
    {
        var id = await host.PlanAsync();

        foreach (var caller in new[] { Caller.ReaderOf(id), Caller.EditorOf(id), Caller.AuditorOf(id), Caller.RegionalAdministrator })
        {
            using var http = host.Http(caller);
            using var response = await http.GetAsync(Preview(id, FileFormat.Html));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{caller.Subject}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Without_a_role_in_the_federation_or_without_a_token_it_is_refused_with_no_file()
    {
        var id = await host.PlanAsync();
        var other = DocumentsHost.NewFederation();

        foreach (var (caller, status, code) in new[]
        {
            (Caller.ReaderOf(other), HttpStatusCode.Forbidden, 7),
            (Caller.EditorOf(other), HttpStatusCode.Forbidden, 7),
            (Caller.WithoutRoles, HttpStatusCode.Forbidden, 7),
            (Caller.Anonymous, HttpStatusCode.Unauthorized, 16),
        })
        {
            using var http = host.Http(caller);
            using var response = await http.GetAsync(Preview(id, FileFormat.Pdf));
            Assert.True(response.StatusCode == status, $"{caller.Subject}: {response.StatusCode}");
            Assert.Null(response.Content.Headers.ContentDisposition);
            using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(code, error.RootElement.GetProperty("code").GetInt32());
        }
    }

    [Theory]
    [InlineData("", "format")]
    [InlineData("?format=FILE_FORMAT_UNSPECIFIED", "format")]
    [InlineData("?format=FILE_FORMAT_ODT", "format")]
    public async Task A_format_that_is_missing_or_unknown_is_a_bad_request_naming_it(string query, string field)
    {
        var id = await host.PlanAsync();
        using var http = host.Http(Caller.ReaderOf(id));

        using var response = await http.GetAsync($"/v1/federations/{id}/documents/2022:preview{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"field\":\"{field}\"", (await response.Content.ReadAsStringAsync()).Replace(" ", ""));
    }

    [Fact]
    public async Task An_adopted_plan_shows_the_long_adoption_date_the_line_below_the_title_and_a_list_that_goes_on()
    {
        var id = await host.PlanAsync(adopted: true);
        var editor = host.Documents(Caller.EditorOf(id));
        var template = Plan.Template(id);
        template.TitlePage.AdoptionDateStyle = DateStyle.Long;
        await editor.UpdateDocumentTemplateAsync(new UpdateDocumentTemplateRequest { Template = template });
        var text = Plan.Text(id);
        text.Sections[0].Text = "Styrelsen ska:\n\n1. Besluta om mål.\n\nDet gör den varje höst.\n\n2. Stödja samverkan.\n3. Följa upp.\n\nFastställd den {{ adoption.date | long_date }}.";
        await editor.UpdatePlanTextAsync(new UpdatePlanTextRequest { PlanText = text });
        using var http = host.Http(Caller.ReaderOf(id));

        using var response = await http.GetAsync(Preview(id, FileFormat.Html));

        var html = new DocumentFile("", "", await response.Content.ReadAsByteArrayAsync()).Text();
        Assert.Equal($"verksamhetsplan-och-budget-2022-{id}.html", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("Antagen av styrelsen för Samordningsförbundet den 26 november 2021", html);
        Assert.Contains("<p class=\"below-title\">Samverkan som gör skillnad</p>", html);
        Assert.Contains("<ol>\n<li>Besluta om mål.</li>\n</ol>", html);
        Assert.Contains("<ol start=\"2\">\n<li>Stödja samverkan.</li>\n<li>Följa upp.</li>\n</ol>", html);
        Assert.Contains("Fastställd den 26 november 2021.", html);
    }

    [Fact]
    public async Task Over_grpc_the_preview_is_one_message_with_the_file_and_its_content_type()
    {
        var id = await host.PlanAsync();

        var file = await host.Documents(Caller.ReaderOf(id)).PreviewDocumentAsync(new PreviewDocumentRequest { Name = $"federations/{id}/documents/2022", Format = FileFormat.Docx });

        Assert.Equal(Docx, file.ContentType);
        Assert.Equal((await DocumentFile.RenderAsync(host.Documents(), id, FileFormat.Docx)).Content, file.Data.ToByteArray());
    }

    private static string Preview(string id, FileFormat format) =>
        $"/v1/federations/{id}/documents/2022:preview?format={PreviewFormat(format)}";

    // The enum's name in the contract, as a JSON client writes it: FILE_FORMAT_PDF.
    private static string PreviewFormat(FileFormat format) => $"FILE_FORMAT_{format.ToString().ToUpperInvariant()}";
}
