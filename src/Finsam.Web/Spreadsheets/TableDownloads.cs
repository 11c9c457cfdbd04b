using System.Security.Claims;
using Finsam.Web.Gateway;
using Finsam.Web.SignIn;
using Grpc.Core;
using Microsoft.Net.Http.Headers;

namespace Finsam.Web.Spreadsheets;

// A table as a file, for the signed-in person: the app asks the services for it (through the
// gateway, with their token: what they may not read, they cannot download) and writes it as
// .xlsx or CSV. A plain link, so no script and no change to the content security policy.
public static class TableDownloads
{
    public const string Pattern = "/tabeller/{table}/{format}";

    // What a table needs from the service, for the person asking; the query string carries the
    // page's choices (federation, year, filters).
    public delegate Task<TableFile?> Source(IQueryCollection query, GatewayClients gateway, ClaimsPrincipal user, CancellationToken ct);

    public enum Format
    {
        Xlsx,
        Csv,
    }

    // A table's link: "/tabeller/medlemsbidrag/xlsx?forbund=x&ar=2027".
    public static string Link(string table, Format format, IEnumerable<KeyValuePair<string, string?>> query)
    {
        var path = $"/tabeller/{Uri.EscapeDataString(table)}/{(format == Format.Xlsx ? "xlsx" : "csv")}";
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(path, query);
    }

    public static void MapTableDownloads(this WebApplication app, IReadOnlyDictionary<string, Source> sources) =>
        app.MapGet(Pattern, (string table, string format, HttpContext context, GatewayClients gateway) => DownloadAsync(sources, table, format, context, gateway))
            .RequireAuthorization();

    private static async Task<IResult> DownloadAsync(IReadOnlyDictionary<string, Source> sources, string table, string format, HttpContext context, GatewayClients gateway)
    {
        if (!sources.TryGetValue(table, out var source) || format is not ("xlsx" or "csv"))
        {
            return Results.NotFound();
        }
        try
        {
            if (await source(context.Request.Query, gateway, context.User, context.RequestAborted) is not { Tables.Count: > 0 } file)
            {
                return Results.NotFound();
            }
            var (bytes, contentType) = format == "xlsx"
                ? (XlsxWriter.Write(file.Tables, file.Stamp), XlsxWriter.ContentType)
                : (CsvWriter.Write(file.Tables[0]), CsvWriter.ContentType);
            context.Response.Headers.ContentDisposition =
                new ContentDispositionHeaderValue("attachment") { FileNameStar = $"{file.FileName}.{format}" }.ToString();
            return Results.Bytes(bytes, contentType);
        }
        catch (RpcException failure)
        {
            return Results.Text(CallProblem.From(failure).Notice, "text/plain; charset=utf-8", statusCode: StatusFor(failure.StatusCode));
        }
        catch (SessionEndedException)
        {
            return Results.Redirect($"{WebSignIn.SignInPath}?returnUrl={Uri.EscapeDataString(context.Request.Path + context.Request.QueryString)}");
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
