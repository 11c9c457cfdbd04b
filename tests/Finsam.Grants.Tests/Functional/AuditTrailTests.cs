using System.Text.Json;
using Finsam.Contracts.Common.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Finsam.Grants.Tests.Functional;

// Every change leaves a record of who made it, with which RPC, and the resource before and after.
public sealed class AuditTrailTests(GrantsHost host) : IClassFixture<GrantsHost>
{
    [Fact]
    public async Task Each_change_records_who_made_it_what_it_was_and_the_resource_before_and_after()
    {
        var federation = host.NewFederation();
        var editor = Caller.EditorOf(federation);
        var grants = host.Grants(editor);
        var created = await grants.CreateAsync(federation, "psykolog", Efforts.Draft("Psykolog"));
        var renamed = created.Clone();
        renamed.DisplayName = "Psykolog, halvtid";
        await host.Grants().UpdateEffortAsync(new UpdateEffortRequest { Effort = renamed, UpdateMask = new FieldMask { Paths = { "display_name" } } });
        var withdrawn = (await grants.CreateAsync(federation, "tillbaka")).Name;
        await grants.DeleteEffortAsync(new DeleteEffortRequest { Name = withdrawn });

        var trail = (await host.Grants(Caller.AuditorOf(federation)).ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = Efforts.Parent(federation) })).Records;

        Assert.Equal(
            [
                (editor.Subject, "CreateEffort", created.Name),
                (Caller.RegionalAdministrator.Subject, "UpdateEffort", created.Name),
                (editor.Subject, "CreateEffort", withdrawn),
                (editor.Subject, "DeleteEffort", withdrawn),
            ],
            trail.Select(r => (r.Actor, r.Action, r.Resource)));
        Assert.True(trail.Zip(trail.Skip(1)).All(pair => pair.First.Sequence < pair.Second.Sequence));
        Assert.Equal(("", "Psykolog"), (trail[0].BeforeJson, DisplayName(trail[0].AfterJson)));
        Assert.Equal(("Psykolog", "Psykolog, halvtid"), (DisplayName(trail[1].BeforeJson), DisplayName(trail[1].AfterJson)));
        Assert.Equal(("tillbaka", ""), (DisplayName(trail[3].BeforeJson), trail[3].AfterJson));
        // An etag is a version stamp, not a fact about the effort.
        Assert.DoesNotContain("etag", trail[1].AfterJson);
    }

    [Fact]
    public async Task The_trail_comes_in_pages_oldest_first()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        for (var i = 0; i < 5; i++)
        {
            await grants.CreateAsync(federation, $"e{i}");
        }

        var auditor = host.Grants(Caller.AuditorOf(federation));
        var first = await auditor.ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = Efforts.Parent(federation), PageSize = 3 });
        var second = await auditor.ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = Efforts.Parent(federation), PageSize = 3, PageToken = first.NextPageToken });

        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"federations/{federation}/efforts/e{i}"), first.Records.Concat(second.Records).Select(r => r.Resource));
        Assert.Equal("", second.NextPageToken);
    }

    [Fact]
    public async Task A_federation_trail_shows_only_its_own_changes()
    {
        var federation = host.NewFederation();
        var other = host.NewFederation();
        await host.Grants().CreateAsync(federation, "psykolog");
        await host.Grants().CreateAsync(other, "arbetsterapeut");

        var trail = await host.Grants(Caller.AuditorOf(federation)).ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = Efforts.Parent(federation) });

        Assert.Equal([$"federations/{federation}/efforts/psykolog"], trail.Records.Select(r => r.Resource));
    }

    [Fact]
    public async Task Only_auditors_and_regional_administrators_read_the_trail()
    {
        var federation = host.NewFederation();
        await host.Grants().CreateAsync(federation, "psykolog");
        var request = new ListAuditRecordsRequest { Parent = Efforts.Parent(federation) };

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => host.Grants(Caller.EditorOf(federation)).ListAuditRecordsAsync(request).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => host.Grants(Caller.ReaderOf(federation)).ListAuditRecordsAsync(request).ResponseAsync);

        Assert.Single((await host.Grants().ListAuditRecordsAsync(request)).Records);
    }

    private static string DisplayName(string json) => JsonDocument.Parse(json).RootElement.GetProperty("displayName").GetString()!;
}
