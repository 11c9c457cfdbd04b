using System.Buffers.Binary;
using Microsoft.AspNetCore.Http.Features;

namespace Finsam.Gateway.Routing;

// The body limit holds however a body comes: a declared length over the limit is refused
// up front; a JSON body of no declared length (chunked) is read here, and only if all of
// it fits is it forwarded; a gRPC message whose length prefix is over the limit is
// refused before a byte is forwarded, and a stream of messages is counted as it passes.
// Refusals are clear: 413 for JSON, ResourceExhausted for gRPC.
internal static class RequestSizeLimit
{
    private const int GrpcFrameHeaderLength = 5;

    // Before refusing, the rest of an HTTP/1.1 body is read and dropped, up to a point (as
    // a web server's lingering close does), so a client still sending sees the 413 rather
    // than a broken connection.
    private const long DrainLimit = 256L * 1024 * 1024;
    private static readonly TimeSpan DrainTime = TimeSpan.FromSeconds(10);

    public static Func<HttpContext, Func<Task>, Task> RefuseOversizedBodies(long limit) => async (context, next) =>
    {
        var request = context.Request;
        // Every path below holds the limit itself; Kestrel's own would stop the drain.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } serverLimit)
        {
            serverLimit.MaxRequestBodySize = null;
            context.Features.Set<IHttpMaxRequestBodySizeFeature>(BodyLimitHeldByGateway.Instance);
        }
        if (request.ContentLength is { } length)
        {
            if (length > limit)
            {
                await RefuseAsync(context, $"The request is {length} bytes; at most {limit} are accepted.");
                return;
            }
        }
        else if (context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true)
        {
            var refusal = IsGrpc(request) ? await GuardGrpcBodyAsync(context, limit) : await BufferJsonBodyAsync(context, limit);
            if (refusal is not null)
            {
                await RefuseAsync(context, refusal);
                return;
            }
        }

        await next();
    };

    public static async Task RefuseAsync(HttpContext context, string message)
    {
        var http1 = !HttpProtocol.IsHttp2(context.Request.Protocol) && !HttpProtocol.IsHttp3(context.Request.Protocol);
        if (http1)
        {
            await DrainAsync(context.Request.Body, context.RequestAborted);
            context.Response.Headers.Connection = "close";
        }
        await GatewayErrorResponses.WriteAsync(context, GatewayErrorResponses.GrpcResourceExhausted, StatusCodes.Status413PayloadTooLarge, message);
    }

    private static async Task DrainAsync(Stream body, CancellationToken aborted)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        timeout.CancelAfter(DrainTime);
        var buffer = new byte[81920];
        long drained = 0;
        try
        {
            int read;
            while (drained < DrainLimit && (read = await body.ReadAsync(buffer, timeout.Token)) > 0)
            {
                drained += read;
            }
        }
        catch (Exception failure) when (failure is OperationCanceledException or IOException or BadHttpRequestException)
        {
            // The client went away or took too long: the connection closes either way.
        }
    }

    private static async Task<string?> BufferJsonBodyAsync(HttpContext context, long limit)
    {
        var request = context.Request;
        var buffered = new MemoryStream();
        context.Response.RegisterForDispose(buffered);
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffered.Length + read > limit)
                {
                    return TooLarge(limit);
                }
                buffered.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limit);
        }

        buffered.Position = 0;
        request.Body = buffered;
        request.Headers.TransferEncoding = default;
        request.ContentLength = buffered.Length;
        return null;
    }

    private static async Task<string?> GuardGrpcBodyAsync(HttpContext context, long limit)
    {
        var request = context.Request;
        var header = new byte[GrpcFrameHeaderLength];
        var read = await request.Body.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, context.RequestAborted);
        if (read == header.Length && BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(1)) is var messageLength && messageLength > limit)
        {
            return $"The request's message is {messageLength} bytes; at most {limit} are accepted.";
        }

        request.Body = new LimitedRequestBody(header.AsMemory(0, read), request.Body, limit);
        return null;
    }

    private static string TooLarge(long limit) => $"The request is over {limit} bytes; at most {limit} are accepted.";

    private static bool IsGrpc(HttpRequest request) =>
        request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;
}
