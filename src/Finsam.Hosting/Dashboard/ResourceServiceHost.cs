using Finsam.Hosting.ApplicationModel;
using Finsam.Hosting.Orchestration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Finsam.Hosting.Dashboard;

// Serves the resource service to the dashboard: gRPC over HTTP/2 on a loopback port of
// its own, for the dashboard's key only. Started before the orchestrator, so the
// dashboard finds it from its first moment.
internal sealed class ResourceServiceHost(
    DashboardSettings settings,
    DistributedApplicationModel model,
    ResourceNotificationService notifications,
    ConsoleLogs console,
    IServiceProvider services) : IHostedService
{
    private WebApplication? _app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var port = PortAllocator.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenLocalhost(port, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc(grpc => grpc.Interceptors.Add<ResourceServiceKeyCheck>(settings.ResourceServiceApiKey));
        builder.Services.AddSingleton(model);
        builder.Services.AddSingleton(notifications);
        builder.Services.AddSingleton(console);
        builder.Services.AddSingleton(services.GetRequiredService<Orchestrator>());
        _app = builder.Build();
        _app.MapGrpcService<ResourceService>();
        await _app.StartAsync(cancellationToken);
        settings.ResourceServiceUrl = $"http://localhost:{port}";
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
            await _app.DisposeAsync();
        }
    }
}
