using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Finsam.Gateway.Tests;

// A stand-in for a busy service: a real HTTP/2 server on a loopback port that holds every
// request it receives until released (as a service does while its cores are taken; one marked
// started=1 after its answer has begun, as a download being read), and
// remembers what arrived, the deadline it carried, and which requests their callers gave up on.
public sealed class HeldBackend : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, string> _deadlines = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _abandoned = new();
    private int _held;
    private int _served;

    private HeldBackend(WebApplication app) => _app = app;

    public Uri Address => new(_app.Urls.Single());

    public int Held => Volatile.Read(ref _held);

    public int Served => Volatile.Read(ref _served);

    public static async Task<HeldBackend> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        var app = builder.Build();
        var backend = new HeldBackend(app);
        app.Run(backend.HoldAsync);
        await app.StartAsync();
        return backend;
    }

    // The grpc-timeout a request with this marker (in its query) arrived with, if it arrived.
    public string? DeadlineOf(string marker) => _deadlines.GetValueOrDefault(marker);

    // Completes when the caller of the request with this marker is gone and the request with it.
    public Task Abandoned(string marker) => _abandoned.GetOrAdd(marker, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Release() => _released.TrySetResult();

    // Until the condition holds (what arrives over the network takes its time), at most 30 s.
    public static async Task UntilAsync(Func<bool> condition)
    {
        for (var waited = 0; !condition(); waited += 20)
        {
            if (waited > 30_000)
            {
                throw new TimeoutException("The backend never got there.");
            }
            await Task.Delay(20);
        }
    }

    private async Task HoldAsync(HttpContext context)
    {
        var marker = context.Request.Query["probe"].ToString();
        _deadlines[marker] = context.Request.Headers["grpc-timeout"].ToString();
        await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
        if (context.Request.Query["started"] == "1")
        {
            // A download: the answer starts at once, and the rest is held.
            context.Response.ContentType = context.Request.ContentType;
            await context.Response.WriteAsync("first part of ", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
        }
        Interlocked.Increment(ref _held);
        try
        {
            await _released.Task.WaitAsync(context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            _abandoned.GetOrAdd(marker, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            return;
        }
        finally
        {
            Interlocked.Decrement(ref _held);
        }
        Interlocked.Increment(ref _served);
        if (!context.Response.HasStarted)
        {
            context.Response.ContentType = context.Request.ContentType;
        }
        await context.Response.WriteAsync("served");
    }

    public async ValueTask DisposeAsync()
    {
        Release();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
