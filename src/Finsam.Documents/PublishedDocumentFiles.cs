using Finsam.Documents.Data;
using Microsoft.Net.Http.Headers;

namespace Finsam.Documents;

// A published document as a plain download, for a browser or a link on the
// federation's web site: GET /v1/federations/{id}/documents/{year}/versions/{n}/files/pdf.
public static class PublishedDocumentFiles
{
    public static void MapPublishedDocumentFiles(this WebApplication app) =>
        app.MapGet("/v1/federations/{federation}/documents/{year:int}/versions/{version:int}/files/{format}",
            async (string federation, int year, int version, string format, DocumentVersionStore versions, CancellationToken ct) =>
            {
                var file = await versions.FindFileAsync(federation, year, version, format, ct);
                return file is null
                    ? Results.NotFound()
                    : Results.File(file.Content, file.ContentType, file.FileName, entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""));
            })
            .AllowAnonymous();
}
