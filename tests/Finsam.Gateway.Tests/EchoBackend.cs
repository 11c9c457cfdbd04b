using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Finsam.Gateway.Tests;

// What arrived at a service: the Host the gateway sent (the service's name, so the cluster),
// the method, and the path with its query.
public sealed record Echo(string Host, string Method, string PathAndQuery);

// A stand-in for every service behind the gateway: a real server on a loopback port that
// speaks HTTP/2 cleartext only, as the services do, answers any request with what arrived,
// and remembers it. No configuration is read, so nothing of the gateway's settings applies.
public sealed class EchoBackend : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Echo> _received = new();

    private EchoBackend(WebApplication app) => _app = app;

    public Uri Address => new(_app.Urls.Single());

    public IReadOnlyCollection<Echo> Received => _received;

    public static async Task<EchoBackend> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        var app = builder.Build();
        var backend = new EchoBackend(app);
        app.Run(async context =>
        {
            var echo = new Echo(context.Request.Host.Value ?? "", context.Request.Method, $"{context.Request.Path}{context.Request.QueryString}");
            // Read to the end first, as a service does, so the gateway finishes sending the body.
            await context.Request.Body.CopyToAsync(Stream.Null);
            backend._received.Enqueue(echo);
            await context.Response.WriteAsJsonAsync(echo);
        });
        await app.StartAsync();
        return backend;
    }

    public bool Saw(string marker) => _received.Any(e => e.PathAndQuery.Contains(marker, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
