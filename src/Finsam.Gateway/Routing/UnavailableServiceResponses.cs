using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace Finsam.Gateway.Routing;

// When a service cannot be reached, answer in the caller's own protocol and name the
// service: gRPC callers get status 14 (Unavailable), JSON callers a 503 with a body.
internal static class UnavailableServiceResponses
{
    public static async Task WriteWhenForwardingFailed(HttpContext context, Func<Task> next)
    {
        await next();

        var error = context.Features.Get<IForwarderErrorFeature>();
        if (error is null || context.Response.HasStarted)
        {
            return;
        }

        if (TooLarge(error.Exception) is { } tooLarge)
        {
            // A body found too large while forwarding is the caller's, not the service's, doing.
            await RequestSizeLimit.RefuseAsync(context, tooLarge.Message);
            return;
        }

        var service = context.Features.Get<IReverseProxyFeature>()?.Cluster.Config.ClusterId ?? "The service";
        await GatewayErrorResponses.WriteAsync(context, GatewayErrorResponses.GrpcUnavailable, StatusCodes.Status503ServiceUnavailable,
            $"{service} is unavailable; try again shortly.");
    }

    private static Exception? TooLarge(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is RequestTooLargeException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
            {
                return exception;
            }
        }
        return null;
    }
}
