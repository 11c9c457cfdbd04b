using Finsam.Contracts;
using Finsam.Gateway.Routing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Finsam.Gateway.Tests;

// The gateway as it runs (its Program, appsettings.json, routes, sign-in and limits), in
// process, with service discovery sending every service's name to one echo backend.
public sealed class GatewayUnderTest : IAsyncLifetime
{
    private EchoBackend? _services;
    private GatewayFactory? _gateway;

    public EchoBackend Services => _services ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync()
    {
        _services = await EchoBackend.StartAsync();
        _gateway = new GatewayFactory(_services.Address);
    }

    // A client of the gateway's JSON port, signed in as someone when a subject is given.
    public HttpClient Client(string? subject = null)
    {
        var client = (_gateway ?? throw new InvalidOperationException("Not started.")).CreateDefaultClient();
        if (subject is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", TestIssuer.Token(subject));
        }
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }
}

// The gateway's own Program in process, every service's name sent to one backend, tokens
// from TestIssuer trusted; settings given here win over appsettings.json.
internal sealed class GatewayFactory(Uri services, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // As Aspire tells the gateway where each service is (services__funding__http__0).
        foreach (var cluster in ContractServices.All.Select(ContractRoutes.ClusterOf).Distinct())
        {
            builder.UseSetting($"services:{cluster}:http:0", services.ToString());
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(testServices =>
        {
            TestIssuer.Trust(testServices);
            testServices.AddSingleton<IStartupFilter, MatchedRouteHeader>();
        });
    }
}
