using System.Net;
using Microsoft.Extensions.ServiceDiscovery;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Finsam.Gateway.Health;

// The gateway is as healthy as what it forwards to: each service (a YARP cluster, found
// through service discovery) is asked for its /health. One that does not answer healthy
// makes the gateway Degraded, named; never Unhealthy, since the gateway still serves the
// others and one service down must not take the entry point down.
internal sealed class ServicesHealthCheck(ServiceEndpointResolver endpoints, IConfiguration configuration) : IHealthCheck
{
    public const string Name = "services";

    // The services speak HTTP/2 cleartext only. A probe answers now, without retries:
    // trying again is the next probe's job.
    private static readonly HttpClient Probe = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(1) })
    {
        DefaultRequestVersion = HttpVersion.Version20,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        Timeout = TimeSpan.FromSeconds(2),
    };

    public static void Add(IServiceCollection services) =>
        services.AddHealthChecks().AddCheck<ServicesHealthCheck>(Name);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var services = configuration.GetSection("ReverseProxy:Clusters").GetChildren().Select(c => c.Key).Order().ToList();
        var answers = await Task.WhenAll(services.Select(service => ProbeAsync(service, cancellationToken)));
        var data = services.Zip(answers).ToDictionary(pair => pair.First, pair => (object)(pair.Second ?? "Healthy"));
        var failing = services.Zip(answers).Where(pair => pair.Second is not null).Select(pair => $"{pair.First} is {pair.Second}").ToList();

        return failing.Count == 0
            ? HealthCheckResult.Healthy($"{services.Count} services healthy", data)
            : HealthCheckResult.Degraded(string.Join("; ", failing), data: data);
    }

    // Null when a replica of the service answers healthy, else what is wrong.
    private async Task<string?> ProbeAsync(string service, CancellationToken cancellationToken)
    {
        var problem = "unreachable";
        try
        {
            var source = await endpoints.GetEndpointsAsync($"http://{service}", cancellationToken);
            foreach (var endpoint in source.Endpoints)
            {
                try
                {
                    using var response = await Probe.GetAsync(new Uri(AddressOf(endpoint.EndPoint, service), "/health"), cancellationToken);
                    if (response.IsSuccessStatusCode)
                    {
                        return null;
                    }
                    problem = $"unhealthy ({(int)response.StatusCode})";
                }
                catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
                {
                }
            }
        }
        catch (InvalidOperationException)
        {
            // Service discovery knows no address for it.
        }
        return problem;
    }

    private static Uri AddressOf(EndPoint endpoint, string service) => endpoint switch
    {
        UriEndPoint uri => uri.Uri,
        IPEndPoint ip => new UriBuilder("http", ip.Address.ToString(), ip.Port).Uri,
        DnsEndPoint dns => new UriBuilder("http", dns.Host, dns.Port).Uri,
        _ => new Uri($"http://{service}"),
    };
}
