using Finsam.Gateway.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Finsam.Gateway.Tests;

public sealed class RequestSizeLimitTests
{
    private const long Limit = 1024;

    [Fact]
    public async Task A_grpc_call_whose_length_was_read_reaches_the_forwarder_with_the_servers_limit_off_and_free_to_switch_off()
    {
        var message = new byte[] { 0, 0, 0, 0, 3, 7, 8, 9 };
        var server = new ServerBodyLimit(Limit);
        var context = GrpcCall(message, server);
        IHttpMaxRequestBodySizeFeature? seenByForwarder = null;
        byte[]? forwarded = null;

        await RequestSizeLimit.RefuseOversizedBodies(Limit)(context, async () =>
        {
            seenByForwarder = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
            using var copy = new MemoryStream();
            await context.Request.Body.CopyToAsync(copy);
            forwarded = copy.ToArray();
        });

        // The server's own limit was switched off before the body was read, and is read-only now.
        Assert.Null(server.MaxRequestBodySize);
        Assert.True(server.IsReadOnly);
        // What YARP checks before it forwards a gRPC stream: were it read-only, a warning per call.
        Assert.NotNull(seenByForwarder);
        Assert.False(seenByForwarder.IsReadOnly);
        Assert.Null(seenByForwarder.MaxRequestBodySize);
        Assert.Equal(message, forwarded);
    }

    [Fact]
    public async Task A_grpc_message_over_the_limit_is_refused_before_anything_is_forwarded()
    {
        var context = GrpcCall([0, 0, 0, 8, 0], new ServerBodyLimit(Limit));
        var forwarded = false;

        await RequestSizeLimit.RefuseOversizedBodies(Limit)(context, () =>
        {
            forwarded = true;
            return Task.CompletedTask;
        });

        Assert.False(forwarded);
        Assert.Equal("8", context.Response.Headers["grpc-status"]);
    }

    private static DefaultHttpContext GrpcCall(byte[] body, ServerBodyLimit server)
    {
        var context = new DefaultHttpContext();
        context.Request.Protocol = "HTTP/2";
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/grpc";
        context.Request.Body = new ReadMarksStarted(new MemoryStream(body), server);
        context.Features.Set<IHttpMaxRequestBodySizeFeature>(server);
        context.Features.Set<IHttpRequestBodyDetectionFeature>(new HasBody());
        context.Response.Body = new MemoryStream();
        return context;
    }

    // As Kestrel's: settable until the body is first read.
    private sealed class ServerBodyLimit(long limit) : IHttpMaxRequestBodySizeFeature
    {
        private long? _limit = limit;

        public bool IsReadOnly { get; set; }

        public long? MaxRequestBodySize
        {
            get => _limit;
            set => _limit = IsReadOnly ? throw new InvalidOperationException("The body has been read.") : value;
        }
    }

    private sealed class HasBody : IHttpRequestBodyDetectionFeature
    {
        public bool CanHaveBody => true;
    }

    private sealed class ReadMarksStarted(Stream inner, ServerBodyLimit server) : Stream
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            server.IsReadOnly = true;
            return inner.ReadAsync(buffer, cancellationToken);
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            server.IsReadOnly = true;
            return inner.Read(buffer, offset, count);
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
