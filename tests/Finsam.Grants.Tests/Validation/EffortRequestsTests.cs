using Finsam.Contracts.Grants.V1;
using Finsam.Grants.Validation;
using Finsam.ServiceKit.Resources;

namespace Finsam.Grants.Tests.Validation;

public sealed class EffortRequestsTests
{
    private static readonly PlanYears Years = new(FixedClock.In2025);

    private static CreateEffortRequest Create(string effortId = "psykolog", string requestId = "") => new()
    {
        Parent = "federations/sundsvall",
        EffortId = effortId,
        Effort = new Effort { DisplayName = " Psykolog ", Kind = EffortKind.Individual, CostLines = { new CostLine { Year = 2035, Description = "Psykolog", AmountOre = 1 } } },
        RequestId = requestId,
    };

    [Fact]
    public void A_valid_create_names_its_effort_and_keeps_no_empty_request_id()
    {
        var create = EffortRequests.Validate(Create(), Years);

        Assert.Equal("psykolog", create.EffortId);
        Assert.Null(create.RequestId);
        Assert.Equal("r-1", EffortRequests.Validate(Create(requestId: "r-1"), Years).RequestId);
    }

    [Fact]
    public void Everything_wrong_with_a_create_is_told_at_once_each_with_a_reason()
    {
        var request = new CreateEffortRequest
        {
            Parent = "federations/sundsvall",
            EffortId = "Fel Id",
            Effort = new Effort
            {
                Kind = EffortKind.Unspecified,
                StartOn = "2022-05-01",
                EndOn = "2021-01-01",
                CostLines = { new CostLine { Year = 1999, Description = "", AmountOre = -5 } },
            },
            RequestId = new string('r', RequestIds.MaxLength + 1),
        };

        Assert.Equal(
            [
                ("effort_id", "INVALID_FORMAT"),
                ("effort.display_name", "REQUIRED"),
                ("effort.kind", "REQUIRED"),
                ("effort.end_on", "INVALID_VALUE"),
                ("effort.cost_lines[0].year", "OUT_OF_RANGE"),
                ("effort.cost_lines[0].description", "REQUIRED"),
                ("effort.cost_lines[0].amount_ore", "OUT_OF_RANGE"),
                ("request_id", "TOO_LONG"),
            ],
            Violations.Of(() => EffortRequests.Validate(request, Years)));
    }

    [Fact]
    public void Cost_lines_are_for_plan_years_only()
    {
        var request = Create();
        request.Effort.CostLines[0].Year = 2036;

        Assert.Equal([("effort.cost_lines[0].year", "OUT_OF_RANGE")], Violations.Of(() => EffortRequests.Validate(request, Years)));
    }

    [Theory]
    [InlineData("-psykolog", "INVALID_FORMAT")]
    [InlineData("x/y", "INVALID_FORMAT")]
    [InlineData("", "INVALID_FORMAT")]
    public void The_effort_id_follows_the_one_id_rule(string effortId, string reason)
    {
        Assert.Equal([("effort_id", reason)], Violations.Of(() => EffortRequests.Validate(Create(effortId), Years)));
    }

    [Fact]
    public void An_id_longer_than_63_is_too_long()
    {
        Assert.Equal([("effort_id", "TOO_LONG")], Violations.Of(() => EffortRequests.Validate(Create(new string('a', 64)), Years)));
    }

    [Fact]
    public void A_create_without_an_effort_says_so()
    {
        var request = Create();
        request.Effort = null;

        Assert.Equal([("effort", "REQUIRED")], Violations.Of(() => EffortRequests.Validate(request, Years)));
    }

    [Fact]
    public void A_listing_refuses_unknown_filters_and_years_outside_the_plan()
    {
        var request = new ListEffortsRequest { Parent = "federations/sundsvall", Year = 2003, Status = (EffortStatus)99, Kind = (EffortKind)99 };

        Assert.Equal(["year", "status", "kind"], Violations.FieldsOf(() => EffortRequests.Validate(request, Years)));
    }

    [Fact]
    public void A_listing_without_filters_is_the_first_page_of_everything()
    {
        var listing = EffortRequests.Validate(new ListEffortsRequest { Parent = "federations/sundsvall" }, Years);

        Assert.Equal((EffortStatus.Unspecified, EffortKind.Unspecified, 0, ""), (listing.Status, listing.Kind, listing.Year, listing.After));
    }

    [Fact]
    public void An_update_may_name_only_updatable_fields()
    {
        var request = new UpdateEffortRequest { Effort = new Effort { Name = "federations/sundsvall/efforts/psykolog" }, UpdateMask = new() { Paths = { "status" } } };

        Assert.Equal([("update_mask", "NOT_ALLOWED")], Violations.Of(() => EffortRequests.Validate(request)));
    }

    [Fact]
    public void An_update_with_no_mask_replaces_every_updatable_field()
    {
        var change = EffortRequests.Validate(new UpdateEffortRequest { Effort = new Effort { Name = "federations/sundsvall/efforts/psykolog" } });

        Assert.Equal("psykolog", change.Name["effort"]);
        Assert.Equal(EffortRequests.UpdatableFields.Order(), change.Paths.Order());
    }

    [Fact]
    public void The_updated_effort_is_validated_whole()
    {
        Assert.Equal([("effort.display_name", "REQUIRED")], Violations.Of(() => EffortRequests.ValidateUpdated(new Effort { Kind = EffortKind.Structural }, Years)));
    }

    [Theory]
    [InlineData(EffortStatus.Unspecified)]
    [InlineData((EffortStatus)42)]
    public void A_transition_names_a_known_status(EffortStatus status)
    {
        var request = new TransitionEffortRequest { Name = "federations/sundsvall/efforts/psykolog", Status = status };

        Assert.Equal([("status", "REQUIRED")], Violations.Of(() => EffortRequests.Validate(request)));
    }

    [Fact]
    public void A_name_that_is_not_an_efforts_shows_the_expected_form()
    {
        Assert.Equal([("name", "INVALID_FORMAT")], Violations.Of(() => EffortRequests.Validate(new GetEffortRequest { Name = "federations/sundsvall/decisions/x" })));
    }
}
