using System.Text.Json;
using Finsam.Contracts.Common.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Finsam.Funding.Tests.Functional;

// The state's yearly allocation: announced, revised, decided, matched by the members.
public sealed class AllocationTests(FundingHost host) : IClassFixture<FundingHost>
{
    [Fact]
    public async Task An_allocation_announced_revised_and_decided_with_contributions_following_each_step()
    {
        var id = await host.SundsvallAsync();
        var funding = host.Funding(Caller.EditorOf(id));
        var allocation = $"federations/{id}/allocations/2022";
        await funding.CreateAllocationAsync(new CreateAllocationRequest
        {
            Parent = $"federations/{id}",
            Allocation = new Allocation { Year = 2022, StateAmountOre = 350_000_000, Status = AllocationStatus.Preliminary },
        });
        await AssertContributionsAsync(id, state: 350_000_000, announcement: $"{allocation}/announcements/1", AllocationStatus.Preliminary);

        await funding.AnnounceAllocationAsync(new AnnounceAllocationRequest
        {
            Allocation = allocation,
            Announcement = new Announcement { Kind = AnnouncementKind.Revision, StateAmountOre = 360_000_000, AnnouncedOn = "2021-10-15", Source = "Statusrapport hösten 2021" },
        });
        await AssertContributionsAsync(id, state: 360_000_000, announcement: $"{allocation}/announcements/2", AllocationStatus.Preliminary);

        var decision = new AnnounceAllocationRequest
        {
            Allocation = allocation,
            Announcement = new Announcement { Kind = AnnouncementKind.Decision, StateAmountOre = Federations.Sundsvall2022StateOre, AnnouncedOn = "2021-12-20", Source = "Försäkringskassans beslut" },
            RequestId = $"{id}-decision",
        };
        var decided = await funding.AnnounceAllocationAsync(decision);
        Assert.Equal(AllocationStatus.Decided, decided.Status);
        await AssertContributionsAsync(id, state: Federations.Sundsvall2022StateOre, announcement: $"{allocation}/announcements/3", AllocationStatus.Decided);

        // The same announcement sent again is not a fourth one.
        await funding.AnnounceAllocationAsync(decision);
        var history = await funding.ListAnnouncementsAsync(new ListAnnouncementsRequest { Parent = allocation });
        Assert.Equal(
            [
                (AnnouncementKind.Preliminary, 350_000_000L, ""),
                (AnnouncementKind.Revision, 360_000_000L, "Statusrapport hösten 2021"),
                (AnnouncementKind.Decision, 368_900_000L, "Försäkringskassans beslut"),
            ],
            history.Announcements.Select(a => (a.Kind, a.StateAmountOre, a.Source)));
        Assert.Equal("2021-12-20", history.Announcements[2].AnnouncedOn);
    }

    [Fact]
    public async Task A_municipality_that_matches_less_than_its_quarter_reduces_the_states_part_until_the_federation_declines_the_rest()
    {
        var id = await host.SundsvallWith2022Async();
        var funding = host.Funding(Caller.EditorOf(id));
        var allocationName = $"federations/{id}/allocations/2022";
        await CommitAsync(funding, id, "region-vasternorrland", 184_450_000);
        await CommitAsync(funding, id, "sundsvalls-kommun", 180_000_000);

        // The municipality's 180 000 000 caps its quarter; the odd öre goes to the region.
        var allocation = await funding.GetAllocationAsync(new GetAllocationRequest { Name = allocationName });
        Assert.Equal(360_000_001, allocation.MatchedStateAmountOre);
        Assert.False(allocation.Final);
        var contributions = await funding.GetContributionsAsync(new GetContributionsRequest { Name = $"federations/{id}/contributions/2022" });
        Assert.Equal(
            [("forsakringskassan", 360_000_001L), ("region-vasternorrland", 180_000_001L), ("sundsvalls-kommun", 180_000_000L)],
            contributions.Members.Select(m => (m.MemberId, m.AmountOre)));
        Assert.False(contributions.Final);

        allocation.DeclinedStateAmountOre = 8_900_000;
        var declined = await funding.UpdateAllocationAsync(new UpdateAllocationRequest { Allocation = allocation, UpdateMask = new FieldMask { Paths = { "declined_state_amount_ore" } } });
        Assert.Equal((360_000_000L, true), (declined.MatchedStateAmountOre, declined.Final));
        var commitments = await funding.ListCommitmentsAsync(new ListCommitmentsRequest { Parent = allocationName });
        Assert.Equal([("region-vasternorrland", 184_450_000L), ("sundsvalls-kommun", 180_000_000L)], commitments.Commitments.Select(c => (c.Name.Split('/')[^1], c.CommittedOre)));

        var violations = await RpcAssert.IsInvalid(() => CommitAsync(funding, id, "forsakringskassan", 1));
        Assert.Equal(["commitment.name"], violations);
    }

    [Fact]
    public async Task Contributions_follow_an_updated_allocation()
    {
        var id = await host.SundsvallAsync();
        var allocation = await host.Funding().CreateAllocationAsync(new CreateAllocationRequest
        {
            Parent = $"federations/{id}",
            Allocation = new Allocation { Year = 2022, StateAmountOre = 300_000_000, Status = AllocationStatus.Preliminary },
        });

        allocation.StateAmountOre = Federations.Sundsvall2022StateOre;
        allocation.Status = AllocationStatus.Decided;
        await host.Funding().UpdateAllocationAsync(new UpdateAllocationRequest { Allocation = allocation });

        var contributions = await host.Funding().GetContributionsAsync(new GetContributionsRequest { Name = $"federations/{id}/contributions/2022" });
        Assert.Equal((737_800_000L, AllocationStatus.Decided), (contributions.TotalOre, contributions.AllocationStatus));
    }

    [Theory]
    [InlineData(2003)]
    [InlineData(1)]
    [InlineData(-2022)]
    public async Task Years_before_2004_and_negative_amounts_are_refused_and_nothing_is_stored(int year)
    {
        var id = await host.SundsvallAsync();
        var before = await SnapshotAsync(id);

        var violations = await RpcAssert.IsInvalidWithReasons(() => host.Funding().CreateAllocationAsync(new CreateAllocationRequest
        {
            Parent = $"federations/{id}",
            Allocation = new Allocation { Year = year, StateAmountOre = -1 },
        }).ResponseAsync);

        Assert.Equal([("allocation.year", "OUT_OF_RANGE"), ("allocation.state_amount_ore", "OUT_OF_RANGE")], violations);
        Assert.Equal(before, await SnapshotAsync(id));
    }

    [Fact]
    public async Task Ten_years_ahead_is_the_last_year_an_allocation_is_taken_for()
    {
        var id = await host.SundsvallAsync();
        var lastYear = DateTime.UtcNow.Year + 10;

        var refused = await RpcAssert.IsInvalid(() => host.Funding().CreateAllocationAsync(new CreateAllocationRequest { Parent = $"federations/{id}", Allocation = new Allocation { Year = lastYear + 1, StateAmountOre = 1 } }).ResponseAsync);
        var accepted = await host.Funding().CreateAllocationAsync(new CreateAllocationRequest { Parent = $"federations/{id}", Allocation = new Allocation { Year = lastYear, StateAmountOre = 1 } });

        Assert.Equal(["allocation.year"], refused);
        Assert.Equal(lastYear, accepted.Year);
    }

    [Fact]
    public async Task Contributions_without_an_allocation_are_a_failed_precondition_naming_the_year()
    {
        var id = await host.SundsvallAsync();

        var failure = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => host.Funding().GetContributionsAsync(new GetContributionsRequest { Name = $"federations/{id}/contributions/2023" }).ResponseAsync);

        Assert.Contains("2023", failure.Status.Detail);
    }

    [Fact]
    public async Task Every_change_is_in_the_audit_trail_with_who_and_before_and_after()
    {
        var id = await host.SundsvallAsync();
        var editor = Caller.EditorOf(id);
        var allocation = await host.Funding(editor).CreateAllocationAsync(new CreateAllocationRequest { Parent = $"federations/{id}", Allocation = new Allocation { Year = 2022, StateAmountOre = 100 } });
        allocation.StateAmountOre = 200;
        await host.Funding(editor).UpdateAllocationAsync(new UpdateAllocationRequest { Allocation = allocation, UpdateMask = new FieldMask { Paths = { "state_amount_ore" } } });

        var trail = await host.Funding(Caller.AuditorOf(id)).ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = $"federations/{id}" });

        Assert.Equal(
            [
                (Caller.RegionalAdministrator.Subject, "CreateFederation", $"federations/{id}"),
                (editor.Subject, "CreateAllocation", $"federations/{id}/allocations/2022"),
                (editor.Subject, "UpdateAllocation", $"federations/{id}/allocations/2022"),
            ],
            trail.Records.Select(r => (r.Actor, r.Action, r.Resource)));
        Assert.Equal((100L, 200L), (AmountOf(trail.Records[2].BeforeJson), AmountOf(trail.Records[2].AfterJson)));
    }

    [Fact]
    public async Task Racing_updates_each_win_or_are_aborted_and_none_is_lost()
    {
        const int clients = 6, attempts = 5;
        var id = await host.SundsvallAsync();
        var name = $"federations/{id}/allocations/2022";
        await host.Funding().CreateAllocationAsync(new CreateAllocationRequest { Parent = $"federations/{id}", Allocation = new Allocation { Year = 2022, StateAmountOre = 0 } });

        var funding = host.Funding();
        var won = new List<long>();
        var aborted = 0;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            for (var attempt = 0; attempt < attempts; attempt++)
            {
                var read = await funding.GetAllocationAsync(new GetAllocationRequest { Name = name });
                // Every attempt writes a value of its own, so the trail shows whose write won.
                read.StateAmountOre = (client + 1) * 1_000L + attempt;
                try
                {
                    await funding.UpdateAllocationAsync(new UpdateAllocationRequest { Allocation = read });
                    lock (won)
                    {
                        won.Add(read.StateAmountOre);
                    }
                }
                catch (RpcException failure) when (failure.StatusCode == StatusCode.Aborted)
                {
                    Interlocked.Increment(ref aborted);
                }
            }
        })));

        Assert.Equal(clients * attempts, won.Count + aborted);
        // The trail is one unbroken line of changes: each starts from the one before it,
        // and every acknowledged write is in it, once.
        var updates = (await host.Funding().ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = $"federations/{id}", PageSize = 1000 }))
            .Records.Where(r => r.Action == "UpdateAllocation").ToList();
        Assert.Equal(won.Order(), updates.Select(r => AmountOf(r.AfterJson)).Order());
        var previous = 0L;
        foreach (var update in updates)
        {
            Assert.Equal(previous, AmountOf(update.BeforeJson));
            previous = AmountOf(update.AfterJson);
        }
        Assert.Equal(previous, (await host.Funding().GetAllocationAsync(new GetAllocationRequest { Name = name })).StateAmountOre);
    }

    private async Task AssertContributionsAsync(string id, long state, string announcement, AllocationStatus status)
    {
        var contributions = await host.Funding(Caller.ReaderOf(id)).GetContributionsAsync(new GetContributionsRequest { Name = $"federations/{id}/contributions/2022" });
        Assert.Equal((state, 2 * state, announcement, status), (contributions.StateOre, contributions.TotalOre, contributions.Announcement, contributions.AllocationStatus));
    }

    private static async Task<Commitment> CommitAsync(FundingService.FundingServiceClient funding, string id, string member, long ore) =>
        await funding.SetCommitmentAsync(new SetCommitmentRequest
        {
            Commitment = new Commitment { Name = $"federations/{id}/allocations/2022/commitments/{member}", CommittedOre = ore },
        });

    // What is stored for a federation: itself, its allocations and its audit trail.
    private async Task<string> SnapshotAsync(string id)
    {
        var name = $"federations/{id}";
        var federation = await host.Funding().GetFederationAsync(new GetFederationRequest { Name = name });
        var allocations = await host.Funding().ListAllocationsAsync(new ListAllocationsRequest { Parent = name });
        var trail = await host.Funding().ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = name });
        return $"{federation}\n{allocations}\n{trail}";
    }

    private static long AmountOf(string json) =>
        JsonDocument.Parse(json).RootElement.TryGetProperty("stateAmountOre", out var amount) ? long.Parse(amount.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : 0;
}
