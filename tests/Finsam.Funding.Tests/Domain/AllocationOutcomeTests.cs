using Finsam.Funding.Domain;

namespace Finsam.Funding.Tests.Domain;

public sealed class AllocationOutcomeTests
{
    private static readonly MemberTerms Sundsvall = new(
        [
            new("forsakringskassan", MemberKind.Forsakringskassan, "Försäkringskassan", 0, 0),
            new("arbetsformedlingen", MemberKind.Arbetsformedlingen, "Arbetsförmedlingen", 0, 0),
            new("region-vasternorrland", MemberKind.Region, "Region Västernorrland", 0, 0),
            new("sundsvalls-kommun", MemberKind.Municipality, "Sundsvalls kommun", 0, 0),
        ],
        ShareBasis.Population,
        ShareBasis.Population);

    private static readonly Dictionary<string, long> NoCommitments = [];

    [Fact]
    public void Without_commitments_the_contributions_follow_the_whole_offer_and_it_is_not_final()
    {
        var outcome = AllocationOutcome.Of(new AllocationFigures(AllocationStatus.Decided, 368_900_000, 0), Sundsvall, NoCommitments);

        Assert.Equal(368_900_000, outcome.StateOre);
        Assert.False(outcome.IsFinal);
        Assert.Equal(737_800_000, outcome.Contributions().TotalOre);
    }

    [Fact]
    public void A_municipality_that_commits_less_lowers_the_state_part_the_contributions_follow()
    {
        var commitments = new Dictionary<string, long> { ["region-vasternorrland"] = 184_450_000, ["sundsvalls-kommun"] = 180_000_000 };

        var outcome = AllocationOutcome.Of(new AllocationFigures(AllocationStatus.Decided, 368_900_000, 0), Sundsvall, commitments);

        Assert.Equal(360_000_001, outcome.StateOre);
        Assert.False(outcome.IsFinal);
        Assert.Equal(
            [("forsakringskassan", 360_000_001L), ("region-vasternorrland", 180_000_001L), ("sundsvalls-kommun", 180_000_000L)],
            outcome.Contributions().Members.Select(m => (m.Member.MemberId, m.AmountOre)));
    }

    [Theory]
    [InlineData(AllocationStatus.Decided, true)]
    [InlineData(AllocationStatus.Preliminary, false)]
    public void Only_a_decided_allocation_that_every_member_matches_is_final(AllocationStatus status, bool final)
    {
        var commitments = new Dictionary<string, long> { ["region-vasternorrland"] = 184_450_000, ["sundsvalls-kommun"] = 180_000_000 };

        var outcome = AllocationOutcome.Of(new AllocationFigures(status, 368_900_000, 8_900_000), Sundsvall, commitments);

        Assert.Equal(360_000_000, outcome.StateOre);
        Assert.Equal(final, outcome.IsFinal);
    }

    [Fact]
    public void Members_that_allow_no_contributions_match_nothing_and_the_split_is_refused()
    {
        var withoutRegion = Sundsvall with { Members = Sundsvall.Members.Where(m => m.Kind != MemberKind.Region).ToList() };

        var outcome = AllocationOutcome.Of(new AllocationFigures(AllocationStatus.Decided, 368_900_000, 0), withoutRegion, NoCommitments);

        Assert.Null(outcome.Matching);
        Assert.Equal(368_900_000, outcome.StateOre);
        Assert.False(outcome.IsFinal);
        Assert.Throws<FundingRuleException>(outcome.Contributions);
    }
}
