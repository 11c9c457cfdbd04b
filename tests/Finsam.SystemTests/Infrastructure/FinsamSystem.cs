using Finsam.Contracts.Funding.V1;
using Finsam.Hosting;
using Finsam.Hosting.Testing;
using Grpc.Net.Client;

namespace Finsam.SystemTests.Infrastructure;

// The whole system, started once for a collection of tests from the AppHost's own model,
// in a fresh data folder on free ports; every test talks to it through the gateway.
public sealed class FinsamSystem : IAsyncLifetime
{
    public static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(3);

    private DistributedApplication? _app;
    private GrpcChannel? _channel;
    private HttpClient? _json;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("Not started.");

    public GrpcChannel Channel => _channel ?? throw new InvalidOperationException("Not started.");

    // JSON over HTTP/1.1 at the gateway's /v1/... routes.
    public HttpClient Json => _json ?? throw new InvalidOperationException("Not started.");

    public FundingService.FundingServiceClient Funding => new(Channel);

    public async ValueTask InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Finsam_AppHost>();
        _app = await builder.BuildAsync();
        await _app.StartAsync();
        await _app.ResourceNotifications.WaitForResourceHealthyAsync("gateway").WaitAsync(StartLimit);

        _channel = GrpcChannel.ForAddress(_app.GetEndpoint("gateway", "grpc"));
        _json = new HttpClient { BaseAddress = _app.GetEndpoint("gateway", "http") };
    }

    public async ValueTask DisposeAsync()
    {
        _json?.Dispose();
        _channel?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<FinsamSystem>
{
    public const string Name = "The running system";
}
