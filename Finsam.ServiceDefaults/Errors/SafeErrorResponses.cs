using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Finsam.ServiceDefaults.Errors;

// The one answer to an exception nothing else handled: a gRPC status or a google.rpc.Status
// JSON body with a generic message and the trace id. The detail (stack trace, the request's
// headers) goes to the log only, never to the caller.
public static class SafeErrorResponses
{
    private const int GrpcInvalidArgument = 3;
    private const int GrpcInternal = 13;

    public static async Task WriteAsync(HttpContext context, Exception exception)
    {
        var traceId = Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
        var unreadable = IsUnreadableRequest(exception);
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SafeErrorResponses).FullName!);
        if (unreadable)
        {
            logger.LogInformation(exception, "Refused an unreadable request to {Path} (trace {TraceId}).", context.Request.Path, traceId);
        }
        else
        {
            logger.LogError(exception, "Unhandled exception in {Path} (trace {TraceId}).", context.Request.Path, traceId);
        }

        if (context.Response.HasStarted)
        {
            return;
        }
        context.Response.Clear();
        var grpcStatus = unreadable ? GrpcInvalidArgument : GrpcInternal;
        var message = unreadable
            ? "The request could not be read: its form, headers or body are malformed or too large."
            : $"An internal error occurred; quote trace id {traceId} when reporting it.";

        if (context.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/grpc";
            context.Response.Headers["grpc-status"] = grpcStatus.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers["grpc-message"] = Uri.EscapeDataString(message);
            return;
        }

        context.Response.StatusCode = unreadable ? StatusCodes.Status400BadRequest : StatusCodes.Status500InternalServerError;
        await context.Response.WriteAsJsonAsync(new ErrorBody(grpcStatus, message, []));
    }

    // What the caller sent wrong (a form key over the limit, a NUL in a form field, a body
    // cut short), as opposed to a fault of ours.
    private static bool IsUnreadableRequest(Exception exception) => exception switch
    {
        BadHttpRequestException => true,
        InvalidDataException => true,
        _ => false,
    };

    private sealed record ErrorBody(int Code, string Message, object[] Details);
}
