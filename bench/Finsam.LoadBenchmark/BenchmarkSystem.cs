using System.Collections.Concurrent;
using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Finsam.SystemTests.Infrastructure;
using Grpc.Net.Client;

namespace Finsam.LoadBenchmark;

// The system as the system tests start it (FinsamSystem: the AppHost's own model, a fresh data
// folder, free ports, the dashboard receiving every service's telemetry), with the gateway's
// per-client limit raised so that one client can load it, every process on the Production
// telemetry profile (the tests ask for Development), and the moment each resource became
// ready recorded for the start-up row.
public sealed class BenchmarkSystem(IReadOnlyList<KeyValuePair<string, string>> serviceEnvironment) : FinsamSystem
{
    // What a production system records (Finsam:Telemetry, README): a tenth of the traces, no
    // SQL spans, sent every 5 s. The telemetry row measures full tracing beside it.
    public const string TelemetryProfile = "Production";

    // One client (the finsam-admin app's token) sends everything: the limit must not be what
    // is measured. The default is 2 000 per 10 s (src/Finsam.Gateway/appsettings.json).
    public const int PermitsPerWindow = 1_000_000;
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    public static readonly string[] ServiceNames = ["identity", "funding", "grants", "budget", "documents", "gateway", "web"];

    private readonly Stopwatch _clock = new();
    private readonly ConcurrentDictionary<string, TimeSpan> _ready = new();

    // From the builder's creation to each resource's first ready (healthy) moment.
    public IReadOnlyDictionary<string, TimeSpan> Ready => _ready;

    public TimeSpan StartedIn { get; private set; }

    public static async Task<BenchmarkSystem> StartAsync(IReadOnlyList<KeyValuePair<string, string>> serviceEnvironment)
    {
        var system = new BenchmarkSystem([new("Finsam__Telemetry__Profile", TelemetryProfile), .. serviceEnvironment]);
        system._clock.Start();
        try
        {
            await system.InitializeAsync();
        }
        catch
        {
            await system.DisposeAsync();
            throw;
        }
        system.StartedIn = system._clock.Elapsed;
        return system;
    }

    protected override void Configure(IDistributedApplicationTestingBuilder builder)
    {
        builder.CreateResourceBuilder<ProjectResource>("gateway")
            .WithEnvironment("RateLimits__PermitsPerWindow", PermitsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment("RateLimits__Window", Window.ToString("c"))
            // The benchmark's own tokens (a handful); the default 30 a minute would do too.
            .WithEnvironment("RateLimits__TokenPermitsPerWindow", "1000");
        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            foreach (var (name, value) in serviceEnvironment)
            {
                builder.CreateResourceBuilder(project).WithEnvironment(name, value);
            }
        }
        builder.Eventing.Subscribe<ResourceReadyEvent>((ready, _) =>
        {
            _ready.TryAdd(ready.Resource.Name, _clock.Elapsed);
            return Task.CompletedTask;
        });
    }

    // Straight to a service's own HTTP/2 endpoint, past the gateway, with the same token.
    public GrpcChannel DirectChannel(string service) => GrpcChannel.ForAddress(App.GetEndpoint(service, "http"));

    // A gateway channel of its own: open-loop load may keep more than 100 calls in flight,
    // which one HTTP/2 connection would queue in the client.
    public GrpcChannel GatewayChannel(bool manyConnections = false) =>
        GrpcChannel.ForAddress(App.GetEndpoint("gateway", "grpc"), new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = manyConnections },
        });

    // The process of each resource that is running (a service's own process, PostgreSQL's
    // postmaster, the dashboard), by resource name.
    public IReadOnlyDictionary<string, int> Processes()
    {
        var processes = new Dictionary<string, int>();
        foreach (var name in ServiceNames.Prepend("postgres").Append(RunningSystem.DashboardResource))
        {
            try
            {
                if (App.Resource(name).ProcessId is { } pid)
                {
                    processes[name] = pid;
                }
            }
            catch (InvalidOperationException)
            {
                // Not in this model (the dashboard when it is off).
            }
        }
        return processes;
    }
}
