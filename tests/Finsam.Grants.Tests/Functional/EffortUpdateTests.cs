using Finsam.Contracts.Grants.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Finsam.Grants.Tests.Functional;

public sealed class EffortUpdateTests(GrantsHost host) : IClassFixture<GrantsHost>
{
    [Fact]
    public async Task An_update_with_the_current_etag_replaces_the_masked_fields_only_and_gives_a_new_etag()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var created = await grants.CreateAsync(federation, "psykolog", Efforts.Draft("Psykolog"));
        var change = created.Clone();
        change.DisplayName = "Psykolog, halvtid";
        change.Owner = "Region Västernorrland";

        var updated = await grants.UpdateEffortAsync(new UpdateEffortRequest { Effort = change, UpdateMask = new FieldMask { Paths = { "display_name" } } });

        Assert.Equal("Psykolog, halvtid", updated.DisplayName);
        Assert.Equal("", updated.Owner);
        Assert.NotEqual(created.Etag, updated.Etag);
        Assert.Equal(created.CreateTime, updated.CreateTime);
        Assert.True(updated.UpdateTime.ToDateTimeOffset() >= created.UpdateTime.ToDateTimeOffset());
        Assert.Equal(updated, await grants.GetAsync(created.Name));
    }

    [Fact]
    public async Task An_update_based_on_an_older_read_is_aborted_and_changes_nothing()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var first = await grants.CreateAsync(federation, "psykolog", Efforts.Draft("Psykolog"));
        var renamed = first.Clone();
        renamed.DisplayName = "Psykolog, halvtid";
        var current = await grants.UpdateEffortAsync(new UpdateEffortRequest { Effort = renamed, UpdateMask = new FieldMask { Paths = { "display_name" } } });

        var stale = first.Clone();
        stale.DisplayName = "Gammal läsning";
        await RpcAssert.FailsWith(StatusCode.Aborted, () => grants.UpdateEffortAsync(new UpdateEffortRequest { Effort = stale, UpdateMask = new FieldMask { Paths = { "display_name" } } }).ResponseAsync);

        Assert.Equal(current, await grants.GetAsync(first.Name));
    }

    [Fact]
    public async Task An_update_without_an_etag_applies_to_whatever_is_stored()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var created = await grants.CreateAsync(federation, "psykolog", Efforts.Draft("Psykolog"));
        var change = new Effort { Name = created.Name, Public = true };

        var updated = await grants.UpdateEffortAsync(new UpdateEffortRequest { Effort = change, UpdateMask = new FieldMask { Paths = { "public" } } });

        Assert.True(updated.Public);
        Assert.Equal("Psykolog", updated.DisplayName);
    }

    [Fact]
    public async Task An_update_that_would_make_the_effort_invalid_or_names_a_field_that_cannot_change_stores_nothing()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var created = await grants.CreateAsync(federation, "psykolog", Efforts.Draft("Psykolog"));
        var emptied = created.Clone();
        emptied.DisplayName = " ";
        emptied.EndOn = "2000-01-01";
        emptied.StartOn = "2022-01-01";

        var invalid = await RpcAssert.IsInvalidWithReasons(() => grants.UpdateEffortAsync(new UpdateEffortRequest
        {
            Effort = emptied,
            UpdateMask = new FieldMask { Paths = { "display_name", "start_on", "end_on" } },
        }).ResponseAsync);
        var notUpdatable = await RpcAssert.IsInvalidWithReasons(() => grants.UpdateEffortAsync(new UpdateEffortRequest
        {
            Effort = emptied,
            UpdateMask = new FieldMask { Paths = { "status" } },
        }).ResponseAsync);

        Assert.Equal([("effort.display_name", "REQUIRED"), ("effort.end_on", "INVALID_VALUE")], invalid);
        Assert.Equal([("update_mask", "NOT_ALLOWED")], notUpdatable);
        Assert.Equal(created, await grants.GetAsync(created.Name));
    }

    [Fact]
    public async Task An_effort_that_does_not_exist_cannot_be_updated()
    {
        var federation = host.NewFederation();

        await RpcAssert.FailsWith(StatusCode.NotFound, () => host.Grants().UpdateEffortAsync(new UpdateEffortRequest
        {
            Effort = new Effort { Name = $"federations/{federation}/efforts/finns-inte", DisplayName = "X", Kind = EffortKind.Individual },
            UpdateMask = new FieldMask { Paths = { "display_name" } },
        }).ResponseAsync);
    }
}
