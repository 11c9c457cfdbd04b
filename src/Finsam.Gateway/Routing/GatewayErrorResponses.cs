namespace Finsam.Gateway.Routing;

// An error the gateway answers itself, in the caller's protocol: a gRPC caller gets the
// status in trailers-only form, a JSON caller the HTTP status and a google.rpc.Status body.
internal static class GatewayErrorResponses
{
    public const int GrpcResourceExhausted = 8;
    public const int GrpcUnavailable = 14;

    public static Task WriteAsync(HttpContext context, int grpcStatus, int httpStatus, string message)
    {
        if (context.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/grpc";
            context.Response.Headers["grpc-status"] = grpcStatus.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Response.Headers["grpc-message"] = Uri.EscapeDataString(message);
            return Task.CompletedTask;
        }

        context.Response.StatusCode = httpStatus;
        return context.Response.WriteAsJsonAsync(new { code = grpcStatus, message, details = Array.Empty<object>() });
    }
}
