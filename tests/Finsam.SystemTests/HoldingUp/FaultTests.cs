using System.Diagnostics;
using Finsam.Contracts.Funding.V1;
using Finsam.SystemTests.Infrastructure;
using Grpc.Core;

namespace Finsam.SystemTests.HoldingUp;

// Nothing acknowledged is lost when a service dies or the database goes away, and the
// system comes back by itself.
[Collection(SystemCollection.Name)]
public sealed class FaultTests(FinsamSystem system)
{
    private static readonly TimeSpan RecoveryLimit = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan UnavailableLimit = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_service_killed_during_writes_keeps_every_acknowledged_write_and_is_restarted()
    {
        var id = Federations.NewId("kill");
        await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = id, Federation = Federations.Sundsvall() });
        var funding = system.App.Resource("funding");
        var restartsBefore = funding.Restarts;

        var acknowledged = new List<int>();
        var unavailable = 0;
        var killed = false;
        var year = 2004;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < RecoveryLimit && year <= 2036)
        {
            if (!killed && acknowledged.Count == 10)
            {
                Process.GetProcessById(funding.ProcessId!.Value).Kill();
                killed = true;
            }

            var call = Stopwatch.StartNew();
            try
            {
                await system.Funding.CreateAllocationAsync(new CreateAllocationRequest
                {
                    Parent = $"federations/{id}",
                    Allocation = new Allocation { Year = year, StateAmountOre = year },
                    RequestId = $"{id}-{year}",
                }, deadline: DateTime.UtcNow.AddSeconds(10));
                acknowledged.Add(year);
                year++;
                if (killed && unavailable > 0 && acknowledged.Count >= 20)
                {
                    break;
                }
            }
            catch (RpcException failure) when (failure.StatusCode == StatusCode.Unavailable)
            {
                // The write in doubt is retried with the same request id: at most once.
                Assert.True(call.Elapsed < UnavailableLimit, $"Unavailable took {call.Elapsed}.");
                unavailable++;
                await Task.Delay(100);
            }
        }

        Assert.True(killed && unavailable > 0, $"The kill was not noticed (killed {killed}, unavailable {unavailable}).");
        Assert.True(acknowledged.Count >= 20, $"The system did not serve again: {acknowledged.Count} writes acknowledged.");
        var stored = await system.Funding.ListAllocationsAsync(new ListAllocationsRequest { Parent = $"federations/{id}", PageSize = 100 });
        Assert.Equal(acknowledged, stored.Allocations.Select(a => a.Year));

        var after = await WaitForRestartAsync("funding", restartsBefore);
        Assert.True(after.Restarts > restartsBefore, "The AppHost did not report a restart.");
        Assert.NotEqual(funding.ProcessId, after.ProcessId);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{acknowledged.Count} writes acknowledged and found after a SIGKILL; {unavailable} calls answered Unavailable meanwhile.");
    }

    [Fact]
    public async Task When_postgresql_stops_and_starts_the_services_recover_by_themselves()
    {
        var id = Federations.NewId("pg");
        await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = id, Federation = Federations.Sundsvall() });

        await system.App.StopResourceAsync("postgres");
        try
        {
            var failure = await Assert.ThrowsAsync<RpcException>(() => system.Funding.GetFederationAsync(
                new GetFederationRequest { Name = $"federations/{id}" }, deadline: DateTime.UtcNow.AddSeconds(10)).ResponseAsync);
            Assert.Equal(StatusCode.Unavailable, failure.StatusCode);
        }
        finally
        {
            await system.App.StartResourceAsync("postgres");
        }

        await AssertServedAgainAsync(id);
    }

    [Fact]
    public async Task A_killed_postgresql_server_is_started_again_on_its_data_and_the_services_recover()
    {
        var id = Federations.NewId("pgkill");
        await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = id, Federation = Federations.Sundsvall() });
        var restartsBefore = system.App.Resource("postgres").Restarts;

        // The postmaster's own pid, as PostgreSQL records it in its data folder.
        var postmaster = int.Parse(File.ReadLines(Path.Combine(system.App.DataDirectory, "postgres", "postmaster.pid")).First());
        Process.GetProcessById(postmaster).Kill();

        await WaitForRestartAsync("postgres", restartsBefore);
        await AssertServedAgainAsync(id);
    }

    // What was stored before the outage is read again, and every service is healthy again.
    private async Task AssertServedAgainAsync(string id)
    {
        var clock = Stopwatch.StartNew();
        Federation? read = null;
        while (read is null)
        {
            try
            {
                read = await system.Funding.GetFederationAsync(new GetFederationRequest { Name = $"federations/{id}" });
            }
            catch (RpcException failure) when (failure.StatusCode == StatusCode.Unavailable && clock.Elapsed < RecoveryLimit)
            {
                await Task.Delay(250);
            }
        }
        Assert.Equal("Samordningsförbundet Sundsvall", read.DisplayName);

        // Each service's own health check reaches its database again. (The AppHost's last
        // verdict may predate the outage; asking the service makes it find, and drop, the
        // pooled connections the outage killed.)
        using var http = new HttpClient { DefaultRequestVersion = System.Net.HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
        foreach (var service in new[] { "identity", "funding", "grants", "budget", "documents" })
        {
            var health = new Uri(system.App.GetEndpoint(service), "/health");
            while (true)
            {
                using var answer = await http.GetAsync(health);
                if (answer.IsSuccessStatusCode)
                {
                    break;
                }
                Assert.True(clock.Elapsed < RecoveryLimit, $"{service} did not reach its database again.");
                await Task.Delay(250);
            }
        }
        await system.App.ResourceNotifications.WaitForResourceHealthyAsync("gateway").WaitAsync(RecoveryLimit);
    }

    // The resource once the AppHost has counted another restart and it is healthy again.
    private async Task<ResourceView> WaitForRestartAsync(string resource, int restartsBefore)
    {
        await system.App.ResourceNotifications.WaitForResourceAsync(resource, change => ResourceView.Of(change.Snapshot) is { Restarts: var restarts, IsHealthy: true } && restarts > restartsBefore)
            .WaitAsync(RecoveryLimit);
        return system.App.Resource(resource);
    }
}
