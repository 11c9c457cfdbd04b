namespace Finsam.Gateway.Routing;

// Kestrel stops reading a body past Kestrel:Limits:MaxRequestBodySize, but the proxy
// would report that as a broken request (400). A body that declares itself too large is
// refused up front, clearly: 413 for JSON, ResourceExhausted for gRPC.
internal static class RequestSizeLimit
{
    public static Func<HttpContext, Func<Task>, Task> RefuseOversizedBodies(long limit) => async (context, next) =>
    {
        if (context.Request.ContentLength is not { } length || length <= limit)
        {
            await next();
            return;
        }

        await GatewayErrorResponses.WriteAsync(context, GatewayErrorResponses.GrpcResourceExhausted, StatusCodes.Status413PayloadTooLarge,
            $"The request is {length} bytes; at most {limit} are accepted.");
    };
}
