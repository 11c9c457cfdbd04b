namespace Finsam.Gateway.Routing;

// Kestrel stops reading a body past Kestrel:Limits:MaxRequestBodySize, but the proxy
// would report that as a broken request (400). A body that declares itself too large is
// refused up front, clearly: 413 for JSON, ResourceExhausted for gRPC.
internal static class RequestSizeLimit
{
    private const int GrpcResourceExhausted = 8;

    public static Func<HttpContext, Func<Task>, Task> RefuseOversizedBodies(long limit) => async (context, next) =>
    {
        if (context.Request.ContentLength is not { } length || length <= limit)
        {
            await next();
            return;
        }

        var message = $"The request is {length} bytes; at most {limit} are accepted.";
        if (context.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true)
        {
            context.Response.ContentType = "application/grpc";
            context.Response.Headers["grpc-status"] = GrpcResourceExhausted.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Response.Headers["grpc-message"] = Uri.EscapeDataString(message);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        await context.Response.WriteAsJsonAsync(new { code = GrpcResourceExhausted, message });
    };
}
