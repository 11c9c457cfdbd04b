using System.Text.Json;
using Finsam.Contracts.Funding.V1;
using Finsam.SystemTests.Infrastructure;
using Grpc.Core;

namespace Finsam.SystemTests.HoldingUp;

[Collection(SystemCollection.Name)]
public sealed class ConcurrentUpdateTests(FinsamSystem system)
{
    private const int Clients = 12;
    private const int AttemptsPerClient = 8;

    [Fact]
    public async Task Racing_updates_each_win_or_are_aborted_and_none_is_lost()
    {
        var id = Federations.NewId("race");
        await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = id, Federation = Federations.Sundsvall() });
        var name = $"federations/{id}/allocations/2022";
        await system.Funding.CreateAllocationAsync(new CreateAllocationRequest
        {
            Parent = $"federations/{id}",
            Allocation = new Allocation { Year = 2022, StateAmountOre = 0 },
        });

        var won = new List<long>();
        var aborted = 0;
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            for (var attempt = 0; attempt < AttemptsPerClient; attempt++)
            {
                var read = await system.Funding.GetAllocationAsync(new GetAllocationRequest { Name = name });
                // Every attempt writes a value of its own, so the trail shows whose write won.
                read.StateAmountOre = (client + 1) * 1_000L + attempt;
                try
                {
                    await system.Funding.UpdateAllocationAsync(new UpdateAllocationRequest { Allocation = read });
                    lock (won) won.Add(read.StateAmountOre);
                }
                catch (RpcException failure) when (failure.StatusCode == StatusCode.Aborted)
                {
                    Interlocked.Increment(ref aborted);
                }
            }
        })));

        Assert.Equal(Clients * AttemptsPerClient, won.Count + aborted);
        Assert.NotEmpty(won);

        // The trail is one unbroken line of changes: each starts from the one before it,
        // and every acknowledged write is in it, once.
        var updates = (await system.Funding.ListAuditRecordsAsync(new() { Parent = $"federations/{id}", PageSize = 1000 }))
            .Records.Where(r => r.Action == "UpdateAllocation").ToList();
        Assert.Equal(won.Order(), updates.Select(r => AmountOf(r.AfterJson)).Order());
        var previous = 0L;
        foreach (var update in updates)
        {
            Assert.Equal(previous, AmountOf(update.BeforeJson));
            previous = AmountOf(update.AfterJson);
        }
        var final = await system.Funding.GetAllocationAsync(new GetAllocationRequest { Name = name });
        Assert.Equal(previous, final.StateAmountOre);

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{Clients * AttemptsPerClient} racing updates by {Clients} clients: {won.Count} won, {aborted} aborted on a stale etag.");
    }

    private static long AmountOf(string json) =>
        JsonDocument.Parse(json).RootElement.TryGetProperty("stateAmountOre", out var amount) ? long.Parse(amount.GetString()!) : 0;
}
