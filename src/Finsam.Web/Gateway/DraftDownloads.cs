using Finsam.Contracts.Documents.V1;
using Finsam.Web.SignIn;
using Grpc.Core;
using Microsoft.Net.Http.Headers;

namespace Finsam.Web.Gateway;

// A draft of the plan or the annual report as a file, for the signed-in person to download:
// streamed from the documents service (through the gateway, with their token) straight to the
// browser.
public static class DraftDownloads
{
    public static string Link(DocumentKind kind, string federationId, int year, FileFormat format) =>
        $"/forbund/{federationId}/{Page(kind)}/{year}/utkast/{(format == FileFormat.Pdf ? "pdf" : "docx")}";

    public static void MapDraftDownloads(this WebApplication app)
    {
        foreach (var kind in new[] { DocumentKind.Plan, DocumentKind.AnnualReport })
        {
            app.MapGet($"/forbund/{{federationId}}/{Page(kind)}/{{year:int}}/utkast/{{format}}",
                    (string federationId, int year, string format, HttpContext context, GatewayClients gateway) =>
                        DownloadAsync(kind, federationId, year, format, context, gateway))
                .RequireAuthorization();
        }
    }

    // The web app's page of each kind, whose address the download extends.
    private static string Page(DocumentKind kind) => kind == DocumentKind.AnnualReport ? "arsredovisning" : "dokument";

    private static async Task<IResult> DownloadAsync(DocumentKind kind, string federationId, int year, string format, HttpContext context, GatewayClients gateway)
    {
        var fileFormat = format switch
        {
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
            var documents = await gateway.DocumentsAsync(context.User, context.RequestAborted);
            using var call = documents.RenderDocument(new RenderDocumentRequest { Name = Components.Documents.DocumentNames.Document(kind, federationId, year), Format = fileFormat },
                cancellationToken: context.RequestAborted);
            var started = false;
            await foreach (var chunk in call.ResponseStream.ReadAllAsync(context.RequestAborted))
            {
                if (!started)
                {
                    // Headers go once the service has answered, so a refusal still gets its page.
                    context.Response.ContentType = chunk.ContentType;
                    context.Response.ContentLength = chunk.Size;
                    context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = chunk.FileName }.ToString();
                    started = true;
                }
                await context.Response.Body.WriteAsync(chunk.Data.Memory, context.RequestAborted);
            }
            return Results.Empty;
        }
        catch (RpcException failure) when (!context.Response.HasStarted)
        {
            return Results.Text(CallProblem.From(failure).Notice, "text/plain; charset=utf-8", statusCode: StatusFor(failure.StatusCode));
        }
        catch (SessionEndedException)
        {
            return Results.Redirect($"{WebSignIn.SignInPath}?returnUrl={Uri.EscapeDataString(context.Request.Path)}");
        }
    }

    private static int StatusFor(StatusCode status) => status switch
    {
        StatusCode.PermissionDenied => StatusCodes.Status403Forbidden,
        StatusCode.NotFound => StatusCodes.Status404NotFound,
        StatusCode.FailedPrecondition or StatusCode.InvalidArgument => StatusCodes.Status409Conflict,
        StatusCode.Unavailable or StatusCode.DeadlineExceeded => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status502BadGateway,
    };
}
