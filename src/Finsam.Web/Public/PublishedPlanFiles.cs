using Finsam.Contracts.Documents.V1;
using Finsam.Web.Gateway;
using Grpc.Core;
using Microsoft.Net.Http.Headers;

namespace Finsam.Web.Public;

// A published plan's or annual report's files for anyone, streamed from the documents service through the
// gateway. The HTML is shown inside the page, in a frame: it comes with a policy of its own
// that runs nothing (sandbox, no scripts) and may be framed only by this app's pages; PDF and
// DOCX download as files.
public static class PublishedPlanFiles
{
    public static string Link(DocumentKind kind, string federationId, int year, int version, string format) =>
        $"{PlanLinks.Version(kind, federationId, year, version)}/fil/{format}";

    // The framed HTML's own policy: styles inline as the document writes them, images as data,
    // nothing else, and no script even in a browser that ignores the frame's sandbox.
    public const string HtmlPolicy = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; frame-ancestors 'self'";

    public static void MapPublishedPlanFiles(this WebApplication app)
    {
        app.MapGet("/planer/{federationId}/{year:int}/{version:int}/fil/{format}",
                (string federationId, int year, int version, string format, HttpContext context, PublicGateway gateway) =>
                    DownloadAsync(DocumentKind.Plan, federationId, year, version, format, context, gateway))
            .AllowAnonymous().RequireRateLimiting(PublicRateLimits.Policy);
        app.MapGet("/planer/{federationId}/arsredovisning/{year:int}/{version:int}/fil/{format}",
                (string federationId, int year, int version, string format, HttpContext context, PublicGateway gateway) =>
                    DownloadAsync(DocumentKind.AnnualReport, federationId, year, version, format, context, gateway))
            .AllowAnonymous().RequireRateLimiting(PublicRateLimits.Policy);
    }

    private static async Task<IResult> DownloadAsync(DocumentKind kind, string federationId, int year, int version, string format, HttpContext context, PublicGateway gateway)
    {
        var fileFormat = format switch
        {
            "html" => FileFormat.Html,
            "pdf" => FileFormat.Pdf,
            "docx" => FileFormat.Docx,
            _ => FileFormat.Unspecified,
        };
        if (fileFormat == FileFormat.Unspecified)
        {
            return Results.NotFound();
        }
        try
        {
            using var call = gateway.Documents.DownloadDocumentVersion(new DownloadDocumentVersionRequest
            {
                Name = $"{Components.Documents.DocumentNames.Document(kind, federationId, year)}/versions/{version}",
                Format = fileFormat,
            }, cancellationToken: context.RequestAborted);
            var started = false;
            await foreach (var chunk in call.ResponseStream.ReadAllAsync(context.RequestAborted))
            {
                if (!started)
                {
                    // Headers go once the service has answered, so a refusal still gets its status.
                    var response = context.Response;
                    response.ContentType = chunk.ContentType;
                    response.ContentLength = chunk.Size;
                    var inline = fileFormat == FileFormat.Html;
                    response.Headers.ContentDisposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment") { FileNameStar = chunk.FileName }.ToString();
                    if (inline)
                    {
                        response.Headers.ContentSecurityPolicy = HtmlPolicy;
                    }
                    started = true;
                }
                await context.Response.Body.WriteAsync(chunk.Data.Memory, context.RequestAborted);
            }
            return Results.Empty;
        }
        catch (RpcException failure) when (!context.Response.HasStarted)
        {
            var status = failure.StatusCode switch
            {
                StatusCode.NotFound or StatusCode.InvalidArgument => StatusCodes.Status404NotFound,
                StatusCode.ResourceExhausted => StatusCodes.Status429TooManyRequests,
                StatusCode.Unavailable or StatusCode.DeadlineExceeded => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status502BadGateway,
            };
            return Results.Text(status == StatusCodes.Status404NotFound ? "Filen finns inte." : CallProblem.From(failure).Notice,
                "text/plain; charset=utf-8", statusCode: status);
        }
    }

}
