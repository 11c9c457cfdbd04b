using Finsam.Contracts.Documents.V1;
using Finsam.Documents.Data;
using Microsoft.Net.Http.Headers;

namespace Finsam.Documents;

// A published document as a plain download, for a browser or a link on the federation's web
// site: GET /v1/federations/{id}/documents/{year}/versions/{n}/files/pdf (a plan) or
// .../annualReports/{year}/versions/{n}/files/pdf (an annual report).
public static class PublishedDocumentFiles
{
    public static void MapPublishedDocumentFiles(this WebApplication app)
    {
        Map(app, "documents", DocumentKind.Plan);
        Map(app, "annualReports", DocumentKind.AnnualReport);
    }

    private static void Map(WebApplication app, string collection, DocumentKind kind) =>
        app.MapGet($"/v1/federations/{{federation}}/{collection}/{{year:int}}/versions/{{version:int}}/files/{{format}}",
            async (string federation, int year, int version, string format, DocumentVersionStore versions, CancellationToken ct) =>
            {
                var file = await versions.FindFileAsync(federation, kind, year, version, format, ct);
                return file is null
                    ? Results.NotFound()
                    : Results.File(file.Content, file.ContentType, file.FileName, entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""));
            })
            .AllowAnonymous();
}
