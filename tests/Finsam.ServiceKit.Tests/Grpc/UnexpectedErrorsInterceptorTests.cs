using System.Diagnostics;
using System.Net.Sockets;
using Finsam.ServiceKit.Grpc;
using Grpc.Core;
using Microsoft.Extensions.Logging.Abstractions;

namespace Finsam.ServiceKit.Tests.Grpc;

// What a handler throws by accident reaches the caller as Internal with a trace id, never
// the exception's type, message or the address it names.
public sealed class UnexpectedErrorsInterceptorTests
{
    private readonly UnexpectedErrorsInterceptor _interceptor = new(NullLogger<UnexpectedErrorsInterceptor>.Instance);

    [Fact]
    public async Task An_accidental_exception_is_internal_with_the_trace_id_and_nothing_of_the_exception()
    {
        using var activity = new Activity("call").Start();
        var context = new CallContext(CancellationToken.None);

        var refusal = await Assert.ThrowsAsync<RpcException>(() => _interceptor.UnaryServerHandler<string, string>(
            "request", context, (_, _) => throw new SocketException((int)SocketError.ConnectionRefused, "Connection refused (localhost:41301)")));

        Assert.Equal(StatusCode.Internal, refusal.StatusCode);
        Assert.Contains(activity.TraceId.ToString(), refusal.Status.Detail);
        Assert.DoesNotContain("localhost", refusal.Status.Detail);
        Assert.DoesNotContain("Exception", refusal.Status.Detail);
    }

    [Fact]
    public async Task A_chosen_status_and_a_cancelled_call_pass_through_unchanged()
    {
        var chosen = new RpcException(new Status(StatusCode.NotFound, "federations/x"));
        Assert.Same(chosen, await Assert.ThrowsAsync<RpcException>(() => _interceptor.UnaryServerHandler<string, string>(
            "request", new CallContext(CancellationToken.None), (_, _) => throw chosen)));

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAsync<OperationCanceledException>(() => _interceptor.UnaryServerHandler<string, string>(
            "request", new CallContext(cancelled.Token), (_, _) => throw new OperationCanceledException(cancelled.Token)));
    }

    [Fact]
    public async Task Streams_are_held_to_the_same_rule()
    {
        using var activity = new Activity("call").Start();
        var refusal = await Assert.ThrowsAsync<RpcException>(() => _interceptor.ServerStreamingServerHandler<string, string>(
            "request", null!, new CallContext(CancellationToken.None), (_, _, _) => throw new InvalidOperationException("Finsam.Documents.Rendering failed at /usr/bin/chromium")));

        Assert.Equal(StatusCode.Internal, refusal.StatusCode);
        Assert.DoesNotContain("chromium", refusal.Status.Detail);
        Assert.DoesNotContain("Finsam.", refusal.Status.Detail);
    }

    private sealed class CallContext(CancellationToken cancellationToken) : ServerCallContext
    {
        protected override string MethodCore => "/finsam.funding.v1.FundingService/GetFederation";
        protected override string HostCore => "localhost";
        protected override string PeerCore => "ipv4:127.0.0.1:1";
        protected override DateTime DeadlineCore => DateTime.MaxValue;
        protected override Metadata RequestHeadersCore => [];
        protected override CancellationToken CancellationTokenCore => cancellationToken;
        protected override Metadata ResponseTrailersCore => [];
        protected override Status StatusCore { get; set; }
        protected override WriteOptions? WriteOptionsCore { get; set; }
        protected override AuthContext AuthContextCore => new(null, []);

        protected override ContextPropagationToken CreatePropagationTokenCore(ContextPropagationOptions? options) => throw new NotSupportedException();

        protected override Task WriteResponseHeadersAsyncCore(Metadata responseHeaders) => Task.CompletedTask;
    }
}
