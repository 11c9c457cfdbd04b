using System.Diagnostics;
using System.Net;
using Aspire.Hosting.ApplicationModel;
using Finsam.SystemTests.Infrastructure;

namespace Finsam.SystemTests.HoldingUp;

// The whole system with two replicas of every service, of the gateway and of the web app
// (AppHost:Replicas), as a cluster runs it: a system of its own, since its processes are
// killed on purpose.
public sealed class ReplicatedSystem : FinsamSystem
{
    public const int Replicas = 2;

    public static readonly string[] Replicated = ["identity", "funding", "grants", "budget", "documents", "gateway", "web"];

    protected override IEnumerable<string> Arguments => [$"--AppHost:Replicas={Replicas}"];

    public Uri WebApp => App.GetEndpoint("web", "http");

    // Each running replica's own address, not the proxy's: a service's one HTTP/2 port, or the
    // gateway's and the web app's HTTP/1.1 one.
    public IReadOnlyList<(Uri Address, bool Http2)> OwnAddresses(string service) =>
    [
        .. from replica in App.ReplicaSnapshots(service)
           where replica.State?.Text == KnownResourceStates.Running && Own(replica) is not null
           select (Own(replica)!, replica.EnvironmentVariables.Any(e => e.Name == "Kestrel__EndpointDefaults__Protocols" && e.Value == "Http2")),
    ];

    // The process of the replica at that address.
    public int ProcessAt(string service, Uri own) =>
        App.ReplicaSnapshots(service).Where(replica => Own(replica) == own).Select(replica => ResourceView.Of(replica).ProcessId).Single()
            ?? throw new InvalidOperationException($"The replica of {service} at {own} runs no process.");

    private static Uri? Own(CustomResourceSnapshot replica) =>
        (replica.EnvironmentVariables.FirstOrDefault(e => e.Name == "Kestrel__Endpoints__http__Url")?.Value
            ?? replica.EnvironmentVariables.FirstOrDefault(e => e.Name == "ASPNETCORE_URLS")?.Value) is { } urls
            ? new Uri(urls.Split(';')[0])
            : null;

    // Waits until every replica of the service answers /health at its own address, and gives
    // those addresses. The model's health is the resource's, which one replica answering makes
    // healthy; DCP's proxy sends connections to a replica as soon as its process runs, and
    // holds them while it starts.
    public async Task<IReadOnlyList<Uri>> EachReplicaAnswersAsync(string service)
    {
        using var http = new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(2) }) { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var answering = new List<Uri>();
            foreach (var (own, http2) in OwnAddresses(service))
            {
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(own, "/health"))
                    {
                        Version = http2 ? HttpVersion.Version20 : HttpVersion.Version11,
                        VersionPolicy = HttpVersionPolicy.RequestVersionExact,
                    };
                    using var answer = await http.SendAsync(request);
                    if (answer.IsSuccessStatusCode)
                    {
                        answering.Add(own);
                    }
                }
                catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
                {
                }
            }
            if (answering.Count == Replicas)
            {
                return answering;
            }
            Assert.True(clock.Elapsed < StartLimit, $"{answering.Count} of {service}'s {App.ReplicaSnapshots(service).Count} replicas answer.");
            await Task.Delay(250);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ReplicatedSystemCollection : ICollectionFixture<ReplicatedSystem>
{
    public const string Name = "The running system, two of each";
}
