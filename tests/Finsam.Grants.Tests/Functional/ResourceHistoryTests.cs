using Finsam.Contracts.Common.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Finsam.Grants.Data;
using Finsam.ServiceKit.Audit;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Finsam.Grants.Tests.Functional;

// The history of one resource: the trail filtered to what was done to it and to what lies under it.
public sealed class ResourceHistoryTests(GrantsHost host) : IClassFixture<GrantsHost>
{
    [Fact]
    public async Task A_resource_history_holds_its_own_records_and_those_of_what_lies_under_it()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var followed = await grants.CreateAsync(federation, "psykolog", Efforts.Draft("Psykolog"));
        // A name that begins like the followed one's is another effort, not one under it.
        var other = await grants.CreateAsync(federation, "psykolog2", Efforts.Draft("Psykolog 2"));
        var renamed = followed.Clone();
        renamed.DisplayName = "Psykolog, halvtid";
        await grants.UpdateEffortAsync(new UpdateEffortRequest { Effort = renamed, UpdateMask = new FieldMask { Paths = { "display_name" } } });
        await grants.SetFollowUpAsync(new SetFollowUpRequest { FollowUp = new FollowUp { Name = $"{followed.Name}/followUps/2022", PlannedParticipants = 10, ActualParticipants = 8 } });
        await grants.MoveAsync(other.Name, EffortStatus.Applied);

        var auditor = host.Grants(Caller.AuditorOf(federation));
        var history = (await auditor.ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = Efforts.Parent(federation), Resource = followed.Name })).Records;

        Assert.Equal(
            [
                ("CreateEffort", followed.Name),
                ("UpdateEffort", followed.Name),
                ("SetFollowUp", $"{followed.Name}/followUps/2022"),
            ],
            history.Select(r => (r.Action, r.Resource)));
        Assert.Contains("Psykolog, halvtid", history[1].AfterJson);
        var whole = (await auditor.ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = Efforts.Parent(federation), Resource = Efforts.Parent(federation) })).Records;
        Assert.Equal(5, whole.Count);
        Assert.Equal(
            [("CreateEffort", other.Name), ("TransitionEffort", other.Name)],
            (await auditor.ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = Efforts.Parent(federation), Resource = other.Name })).Records.Select(r => (r.Action, r.Resource)));
    }

    [Fact]
    public async Task A_resource_history_comes_in_pages()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var followed = await grants.CreateAsync(federation, "psykolog");
        await grants.CreateAsync(federation, "annan");
        for (var year = 2021; year <= 2023; year++)
        {
            await grants.SetFollowUpAsync(new SetFollowUpRequest { FollowUp = new FollowUp { Name = $"{followed.Name}/followUps/{year}", PlannedParticipants = 10 } });
        }

        var auditor = host.Grants(Caller.AuditorOf(federation));
        var request = new ListAuditRecordsRequest { Parent = Efforts.Parent(federation), Resource = followed.Name, PageSize = 2 };
        var first = await auditor.ListAuditRecordsAsync(request);
        request.PageToken = first.NextPageToken;
        var second = await auditor.ListAuditRecordsAsync(request);

        Assert.Equal(
            [followed.Name, $"{followed.Name}/followUps/2021", $"{followed.Name}/followUps/2022", $"{followed.Name}/followUps/2023"],
            first.Records.Concat(second.Records).Select(r => r.Resource));
        Assert.Equal("", second.NextPageToken);
    }

    [Theory]
    [InlineData("federations/another/efforts/psykolog", "OTHER_FEDERATION")]
    [InlineData("efforts/psykolog", "OTHER_FEDERATION")]
    [InlineData("{parent}/efforts/psyk_log", "INVALID_FORMAT")]
    [InlineData("{parent}/efforts/psyk%", "INVALID_FORMAT")]
    [InlineData("{parent}/efforts/", "INVALID_FORMAT")]
    public async Task A_resource_outside_the_federation_or_malformed_is_refused(string resource, string reason)
    {
        var federation = host.NewFederation();
        await host.Grants().CreateAsync(federation, "psykolog");

        var refused = await RpcAssert.IsInvalidWithReasons(() => host.Grants(Caller.AuditorOf(federation)).ListAuditRecordsAsync(new ListAuditRecordsRequest
        {
            Parent = Efforts.Parent(federation),
            Resource = resource.Replace("{parent}", Efforts.Parent(federation), StringComparison.Ordinal),
        }).ResponseAsync);

        Assert.Equal([("resource", reason)], refused);
    }

    // Names never hold '_' or '%' (the request is refused first), but if a stored one did, the
    // database would still read them as themselves, not as LIKE's wildcards.
    [Fact]
    public async Task Wildcards_in_a_name_match_only_themselves()
    {
        var federation = host.NewFederation();
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantsDbContext>();
        foreach (var resource in new[] { "efforts/abc", "efforts/abc/followUps/2022", "efforts/a_c/followUps/2022", "efforts/a%/followUps/2022" })
        {
            db.Set<AuditRecordEntity>().Add(new AuditRecordEntity
            {
                Federation = federation,
                Time = DateTimeOffset.UtcNow,
                Actor = "test",
                Action = "Test",
                Resource = $"federations/{federation}/{resource}",
            });
        }
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        async Task<IEnumerable<string>> AboutAsync(string resource) =>
            (await db.Set<AuditRecordEntity>().Where(r => r.Federation == federation).About($"federations/{federation}/{resource}").OrderBy(r => r.Sequence)
                .ToListAsync(TestContext.Current.CancellationToken)).Select(r => r.Resource[$"federations/{federation}/".Length..]);

        Assert.Equal(["efforts/a_c/followUps/2022"], await AboutAsync("efforts/a_c"));
        Assert.Equal(["efforts/a%/followUps/2022"], await AboutAsync("efforts/a%"));
        Assert.Empty(await AboutAsync("efforts/a%c"));
        Assert.Equal(["efforts/abc", "efforts/abc/followUps/2022"], await AboutAsync("efforts/abc"));
    }
}
