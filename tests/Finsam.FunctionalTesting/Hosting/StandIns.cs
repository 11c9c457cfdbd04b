using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;

namespace Finsam.FunctionalTesting.Hosting;

// The other services that the service under test calls, played by small in-test
// implementations of their contracts (e.g. a FundingService.FundingServiceBase) on a
// TestServer of their own. Every HTTP client the service under test makes, its typed gRPC
// clients included, reaches this server and nothing else: a call to a service that has no
// stand-in fails as Unimplemented, and no call leaves the test process.
public sealed class StandIns : IAsyncDisposable
{
    private readonly List<Action<IServiceCollection>> _services = [];
    private readonly List<Action<IEndpointRouteBuilder>> _endpoints = [];
    private WebApplication? _app;

    public StandIns Add<TService>(TService service) where TService : class
    {
        _services.Add(services => services.AddSingleton(service));
        _endpoints.Add(endpoints => endpoints.MapGrpcService<TService>());
        return this;
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddGrpc();
        _services.ForEach(add => add(builder.Services));
        _app = builder.Build();
        _endpoints.ForEach(map => map(_app));
        await _app.StartAsync();
    }

    private TestServer Server => _app?.Services.GetRequiredService<IServer>() as TestServer
        ?? throw new InvalidOperationException("The stand-ins have not started.");

    // Registered after the service's own clients, so this primary handler is the last word.
    internal void ReceiveEveryClientOf(IServiceCollection services) =>
        services.ConfigureAll<HttpClientFactoryOptions>(options =>
            options.HttpMessageHandlerBuilderActions.Add(handlers => handlers.PrimaryHandler = Server.CreateHandler()));

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
