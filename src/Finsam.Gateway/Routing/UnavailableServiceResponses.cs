using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace Finsam.Gateway.Routing;

// When a service cannot be reached, answer in the caller's own protocol and name the
// service: gRPC callers get status 14 (Unavailable), JSON callers a 503 with a body.
internal static class UnavailableServiceResponses
{
    private const int GrpcUnavailable = 14;

    public static async Task WriteWhenForwardingFailed(HttpContext context, Func<Task> next)
    {
        await next();

        var error = context.Features.Get<IForwarderErrorFeature>();
        if (error is null || context.Response.HasStarted)
        {
            return;
        }

        var service = context.Features.Get<IReverseProxyFeature>()?.Cluster.Config.ClusterId ?? "The service";
        var message = $"{service} is unavailable; try again shortly.";

        if (context.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/grpc";
            context.Response.Headers["grpc-status"] = GrpcUnavailable.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Response.Headers["grpc-message"] = Uri.EscapeDataString(message);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        await context.Response.WriteAsJsonAsync(new { code = GrpcUnavailable, message, details = Array.Empty<object>() });
    }
}
