using Finsam.Documents.Data;
using Microsoft.EntityFrameworkCore;

namespace Finsam.Documents;

// A published document as a plain download, for a browser or a link on the
// federation's web site: GET /v1/federations/{id}/documents/{year}/versions/{n}/files/pdf.
public static class PublishedDocumentFiles
{
    public static void MapPublishedDocumentFiles(this WebApplication app) =>
        app.MapGet("/v1/federations/{federation}/documents/{year:int}/versions/{version:int}/files/{format}",
            async (string federation, int year, int version, string format, DocumentsDbContext db, CancellationToken ct) =>
            {
                var stored = format.ToUpperInvariant();
                var file = await db.Files.AsNoTracking()
                    .SingleOrDefaultAsync(f => f.FederationId == federation && f.Year == year && f.Version == version && f.Format == stored, ct);
                return file is null
                    ? Results.NotFound()
                    : Results.File(file.Content, file.ContentType, file.FileName, entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{file.Sha256}\""));
            })
            .AllowAnonymous();
}
