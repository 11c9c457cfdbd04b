using Finsam.Contracts.Grants.V1;
using Finsam.Grants.Domain;
using Finsam.Grants.Validation;
using Finsam.ServiceKit.Resources;

namespace Finsam.Grants.Tests.Validation;

public sealed class FollowUpRequestsTests
{
    private static readonly PlanYears Years = new(FixedClock.In2025);

    private static SetFollowUpRequest Set(string name = "federations/sundsvall/efforts/psykolog/followUps/2022", int participants = 46, int work = 9, int studies = 2, params string[] indicators) => new()
    {
        FollowUp = new FollowUp
        {
            Name = name,
            PlannedParticipants = 45,
            ActualParticipants = participants,
            FinishedToWork = work,
            FinishedToStudies = studies,
            Indicators = { indicators.Select(i => new IndicatorResult { Indicator = i, ValueHundredths = 8_150 }) },
        },
    };

    [Fact]
    public void A_follow_up_is_an_efforts_year_with_its_figures()
    {
        var followUp = FollowUpRequests.Validate(Set(indicators: " Upplever stöd "), Years);

        Assert.Equal(new FollowUpKey("psykolog", 2022), followUp.Key);
        Assert.Equal(new FollowUpFigures(45, 46, 9, 2), followUp.Figures);
        Assert.Equal([new IndicatorValue("Upplever stöd", 8_150)], followUp.Indicators);
    }

    [Fact]
    public void More_finished_than_took_part_is_refused_on_the_finished_count()
    {
        Assert.Equal([("follow_up.finished_to_work", "INVALID_VALUE")], Violations.Of(() => FollowUpRequests.Validate(Set(participants: 1, work: 2, studies: 0), Years)));
    }

    [Fact]
    public void Counts_are_never_negative()
    {
        Assert.Equal(
            [("follow_up.actual_participants", "OUT_OF_RANGE"), ("follow_up.finished_to_studies", "OUT_OF_RANGE")],
            Violations.Of(() => FollowUpRequests.Validate(Set(participants: -1, work: 0, studies: -1), Years)));
    }

    [Fact]
    public void Each_indicator_is_named_once()
    {
        Assert.Equal(
            [("follow_up.indicators[1].indicator", "REQUIRED"), ("follow_up.indicators", "DUPLICATE")],
            Violations.Of(() => FollowUpRequests.Validate(Set(indicators: ["Upplever stöd", "", "Upplever stöd"]), Years)));
    }

    [Theory]
    [InlineData("federations/sundsvall/efforts/psykolog/followUps/2036", "OUT_OF_RANGE")]
    [InlineData("federations/sundsvall/efforts/psykolog/followUps/i-fjol", "INVALID_FORMAT")]
    [InlineData("federations/sundsvall/efforts/psykolog", "INVALID_FORMAT")]
    public void The_name_ends_with_a_plan_year(string name, string reason)
    {
        Assert.Equal([("name", reason)], Violations.Of(() => FollowUpRequests.Validate(new CompareFollowUpRequest { Name = name }, Years)));
    }
}
