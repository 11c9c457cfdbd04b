using Finsam.Contracts.Grants.V1;
using Finsam.Web.Components.Shared;

namespace Finsam.Web.Tests.Components;

public sealed class EffortFormTests
{
    private static Effort Arbetskonsulenter() => new()
    {
        Name = "federations/sundsvall/efforts/arbetskonsulenter",
        Etag = "W/\"3\"",
        DisplayName = "Arbetskonsulenter",
        Description = "Stöd till arbete",
        Kind = EffortKind.Individual,
        CostGroup = "Arbetsmarknadstorget",
        Owner = "Sundsvalls kommun",
        TargetGroup = "Personer 16-64 år",
        Municipality = "Sundsvall",
        StartOn = "2022-01-01",
        EndOn = "2023-12-31",
        Public = true,
        Status = EffortStatus.Applied,
        CostLines = { new CostLine { Year = 2022, Description = "3 st. Arbetskonsulenter", AmountOre = 189_400_000 } },
    };

    [Fact]
    public void An_effort_saved_unchanged_is_the_effort_it_was_with_the_etag_it_was_read_with()
    {
        var effort = Arbetskonsulenter();

        var saved = EffortForm.From(effort).ToEffort(effort.Name, effort.Etag);

        var expected = effort.Clone();
        expected.Status = EffortStatus.Unspecified;
        Assert.Equal(expected, saved);
    }

    [Fact]
    public void The_form_replaces_every_field_a_client_may_change_and_never_the_status()
    {
        var updatable = Effort.Descriptor.Fields.InDeclarationOrder()
            .Select(field => field.Name)
            .Except(["name", "status", "etag", "create_time", "update_time"]);

        Assert.Equal(updatable.Order(), EffortForm.Mask.Order());
    }

    [Fact]
    public void What_was_typed_is_sent_trimmed_and_a_new_cost_line_is_named_after_the_effort()
    {
        var form = EffortForm.From(Arbetskonsulenter());
        form.DisplayName = "  Arbetskonsulenter Timrå ";
        form.AddCostLine(2023);
        form.CostLines[^1].AmountOre = 50_000_000;

        var effort = form.ToEffort("federations/sundsvall/efforts/arbetskonsulenter", "W/\"3\"");

        Assert.Equal("Arbetskonsulenter Timrå", effort.DisplayName);
        Assert.Equal(new CostLine { Year = 2023, Description = "Arbetskonsulenter Timrå", AmountOre = 50_000_000 }, effort.CostLines[^1]);
    }

    [Fact]
    public void A_reading_that_moved_only_the_etag_is_the_same_effort_and_a_colleagues_change_is_not()
    {
        var before = Arbetskonsulenter();
        var stamped = before.Clone();
        stamped.Etag = "W/\"4\"";
        stamped.UpdateTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(DateTimeOffset.UnixEpoch);
        var changed = stamped.Clone();
        changed.Description = "Kollegans beskrivning";

        Assert.True(EffortForm.SameContent(stamped, before));
        Assert.False(EffortForm.SameContent(changed, before));
    }
}
