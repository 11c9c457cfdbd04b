using Finsam.Contracts.Grants.V1;
using Finsam.Grants.Validation;
using Finsam.ServiceKit.Resources;

namespace Finsam.Grants.Tests.Validation;

public sealed class DecisionRequestsTests
{
    private static readonly PlanYears Years = new(FixedClock.In2025);

    [Fact]
    public void A_decision_names_its_effort_and_becomes_a_board_decision()
    {
        var create = DecisionRequests.Validate(new CreateDecisionRequest
        {
            Parent = "federations/sundsvall",
            Decision = new Decision { DecidedOn = "2021-11-26", ReferenceNumber = " Dnr 2021/45 ", Effort = "federations/sundsvall/efforts/psykolog", GrantedYears = { 2023, 2022 } },
            RequestId = "beslut-1",
        }, Years);

        Assert.Equal("psykolog", create.EffortId);
        Assert.Equal((new DateOnly(2021, 11, 26), "Dnr 2021/45"), (create.Decision.DecidedOn, create.Decision.ReferenceNumber));
        Assert.Equal([2022, 2023], create.Decision.GrantedYears);
        Assert.Equal("beslut-1", create.RequestId);
    }

    [Fact]
    public void A_decision_without_a_date_reference_number_or_years_is_refused_for_each()
    {
        var request = new CreateDecisionRequest
        {
            Parent = "federations/sundsvall",
            Decision = new Decision { DecidedOn = "2021-13-01", Effort = "federations/sundsvall/efforts/psykolog" },
        };

        Assert.Equal(
            [("decision.decided_on", "INVALID_FORMAT"), ("decision.reference_number", "REQUIRED"), ("decision.granted_years", "REQUIRED")],
            Violations.Of(() => DecisionRequests.Validate(request, Years)));
    }

    [Fact]
    public void Granted_years_are_plan_years_and_the_effort_is_named_as_an_effort()
    {
        var request = new CreateDecisionRequest
        {
            Parent = "federations/sundsvall",
            Decision = new Decision { ReferenceNumber = new string('D', 101), Effort = "psykolog", GrantedYears = { 2022, 2003 } },
        };

        Assert.Equal(
            [("decision.decided_on", "REQUIRED"), ("decision.reference_number", "TOO_LONG"), ("decision.effort", "INVALID_FORMAT"), ("decision.granted_years", "OUT_OF_RANGE")],
            Violations.Of(() => DecisionRequests.Validate(request, Years)));
    }

    [Fact]
    public void Decisions_are_listed_for_the_federation_or_one_effort()
    {
        Assert.Null(DecisionRequests.Validate(new ListDecisionsRequest { Parent = "federations/sundsvall" }));
        Assert.Equal("psykolog", DecisionRequests.Validate(new ListDecisionsRequest { Parent = "federations/sundsvall", Effort = "federations/sundsvall/efforts/psykolog" }));
        Assert.Equal(["effort"], Violations.FieldsOf(() => DecisionRequests.Validate(new ListDecisionsRequest { Parent = "federations/sundsvall", Effort = "nej" })));
    }
}
