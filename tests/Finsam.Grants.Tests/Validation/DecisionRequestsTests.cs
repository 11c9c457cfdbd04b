using Finsam.Contracts.Grants.V1;
using Finsam.Grants.Domain;
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
            Decision = new Decision { DecidedOn = "2021-11-26", ReferenceNumber = " Dnr 2021/45 ", Effort = "federations/sundsvall/efforts/psykolog", Granted = { Grant(2023, 66_000_000), Grant(2022, 89_500_000) } },
            RequestId = "beslut-1",
        }, Years);

        Assert.Equal("psykolog", create.EffortId);
        Assert.Equal((new DateOnly(2021, 11, 26), "Dnr 2021/45"), (create.Decision.DecidedOn, create.Decision.ReferenceNumber));
        Assert.Equal([new GrantedAmount(2022, 89_500_000), new GrantedAmount(2023, 66_000_000)], create.Decision.Granted);
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
            [("decision.decided_on", "INVALID_FORMAT"), ("decision.reference_number", "REQUIRED"), ("decision.granted", "REQUIRED")],
            Violations.Of(() => DecisionRequests.Validate(request, Years)));
    }

    [Fact]
    public void Granted_years_are_plan_years_each_once_with_an_amount_and_the_effort_is_named_as_an_effort()
    {
        var request = new CreateDecisionRequest
        {
            Parent = "federations/sundsvall",
            Decision = new Decision
            {
                ReferenceNumber = new string('D', 101),
                Effort = "psykolog",
                Granted = { Grant(2022, 100), Grant(2003, 100), Grant(2023, -1), Grant(2022, 200) },
            },
        };

        Assert.Equal(
            [
                ("decision.decided_on", "REQUIRED"), ("decision.reference_number", "TOO_LONG"), ("decision.effort", "INVALID_FORMAT"),
                ("decision.granted[1].year", "OUT_OF_RANGE"), ("decision.granted[2].amount_ore", "OUT_OF_RANGE"), ("decision.granted[3].year", "DUPLICATE"),
            ],
            Violations.Of(() => DecisionRequests.Validate(request, Years)));
    }

    [Fact]
    public void Granted_years_fall_in_the_efforts_period_named_as_sent()
    {
        var decision = new Decision { Granted = { Grant(2024, 1), Grant(2022, 1), Grant(2021, 1) } };
        var period = new EffortPeriod(new DateOnly(2022, 1, 1), new DateOnly(2023, 12, 31));

        Assert.Equal(
            [("decision.granted[0].year", "OUT_OF_RANGE"), ("decision.granted[2].year", "OUT_OF_RANGE")],
            Violations.Of(() => DecisionRequests.ValidateFor(decision, period)));
        DecisionRequests.ValidateFor(decision, new EffortPeriod(null, null));
    }

    [Fact]
    public void Decisions_are_listed_for_the_federation_or_one_effort()
    {
        Assert.Null(DecisionRequests.Validate(new ListDecisionsRequest { Parent = "federations/sundsvall" }));
        Assert.Equal("psykolog", DecisionRequests.Validate(new ListDecisionsRequest { Parent = "federations/sundsvall", Effort = "federations/sundsvall/efforts/psykolog" }));
        Assert.Equal(["effort"], Violations.FieldsOf(() => DecisionRequests.Validate(new ListDecisionsRequest { Parent = "federations/sundsvall", Effort = "nej" })));
    }

    private static GrantedYear Grant(int year, long amountOre) => new() { Year = year, AmountOre = amountOre };
}
