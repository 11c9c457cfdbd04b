using Finsam.Funding.Domain;
using FsCheck;
using FsCheck.Xunit;

namespace Finsam.Funding.Tests.Domain;

public sealed class MatchingTests
{
    private static readonly FederationMember[] TwoMunicipalities =
    [
        new("fk", MemberKind.Forsakringskassan, "Försäkringskassan", 0, 0),
        new("region", MemberKind.Region, "Region", 0, 0),
        new("stor", MemberKind.Municipality, "Stor kommun", 3_000, 0),
        new("liten", MemberKind.Municipality, "Liten kommun", 1_000, 0),
    ];

    private static MatchingResult Match(long offered, long declined, Dictionary<string, long> commitments) =>
        Matching.Match(offered, declined, TwoMunicipalities, ShareBasis.Population, ShareBasis.Population, commitments);

    [Fact]
    public void Members_who_commit_their_shares_match_the_whole_offer()
    {
        var result = Match(1_000_000, 0, new() { ["region"] = 500_000, ["stor"] = 375_000, ["liten"] = 125_000 });

        Assert.Equal(1_000_000, result.StateOre);
        Assert.True(result.FullyMatched);
    }

    [Fact]
    public void A_municipality_that_commits_less_than_its_share_reduces_the_states_part_to_fit()
    {
        // Liten pays a quarter of the municipalities' quarter (rounded down): 100 000 öre
        // caps that quarter at 400 003 and the state's part at 800 007.
        var result = Match(1_000_000, 0, new() { ["region"] = 500_000, ["stor"] = 375_000, ["liten"] = 100_000 });

        Assert.Equal(800_007, result.StateOre);
        Assert.False(result.FullyMatched);
        var split = ContributionRules.Split(result.StateOre, TwoMunicipalities, ShareBasis.Population, ShareBasis.Population);
        Assert.Equal(100_000, split.Members.Single(m => m.Member.MemberId == "liten").AmountOre);
    }

    [Fact]
    public void Declining_the_part_members_cannot_match_makes_the_rest_final()
    {
        var result = Match(1_000_000, 200_000, new() { ["region"] = 500_000, ["stor"] = 375_000, ["liten"] = 100_000 });

        Assert.Equal(800_000, result.StateOre);
        Assert.True(result.FullyMatched);
    }

    [Fact]
    public void Without_every_commitment_the_offer_stands_but_is_not_final()
    {
        var result = Match(1_000_000, 0, new() { ["region"] = 500_000 });

        Assert.Equal(1_000_000, result.StateOre);
        Assert.False(result.FullyMatched);
        Assert.Equal(["stor", "liten"], result.MembersWithoutCommitment);
    }

    [Fact]
    public void A_member_that_is_both_commits_its_whole_line_and_it_bounds_both_quarters()
    {
        FederationMember[] gotland =
        [
            new("fk", MemberKind.Forsakringskassan, "Försäkringskassan", 0, 0),
            new("region-gotland", MemberKind.RegionAndMunicipality, "Region Gotland", 0, 0),
        ];

        var matched = Matching.Match(1_000_001, 0, gotland, ShareBasis.Population, ShareBasis.Population, new Dictionary<string, long> { ["region-gotland"] = 1_000_001 });
        var shortfall = Matching.Match(1_000_001, 0, gotland, ShareBasis.Population, ShareBasis.Population, new Dictionary<string, long> { ["region-gotland"] = 900_000 });

        Assert.Equal((1_000_001L, true), (matched.StateOre, matched.FullyMatched));
        // It pays as much as the state: what it commits is what the state can pay.
        Assert.Equal((900_000L, false), (shortfall.StateOre, shortfall.FullyMatched));
    }

    [Property(MaxTest = 300)]
    public bool The_states_part_never_exceeds_the_offer_nor_makes_any_member_pay_more_than_committed(
        PositiveInt offered, NonNegativeInt region, NonNegativeInt stor, NonNegativeInt liten)
    {
        var commitments = new Dictionary<string, long> { ["region"] = region.Get, ["stor"] = stor.Get, ["liten"] = liten.Get };
        var result = Match(offered.Get, 0, commitments);
        var split = ContributionRules.Split(result.StateOre, TwoMunicipalities, ShareBasis.Population, ShareBasis.Population);

        return result.StateOre <= offered.Get
            && split.Members.Where(m => commitments.ContainsKey(m.Member.MemberId)).All(m => m.AmountOre <= commitments[m.Member.MemberId])
            // One öre more would break a commitment (or pass the offer): the largest that fits.
            && (result.StateOre == offered.Get || ContributionRules.Split(result.StateOre + 1, TwoMunicipalities, ShareBasis.Population, ShareBasis.Population)
                .Members.Any(m => commitments.TryGetValue(m.Member.MemberId, out var c) && m.AmountOre > c)
                || ContributionRules.Split(result.StateOre + 2, TwoMunicipalities, ShareBasis.Population, ShareBasis.Population)
                .Members.Any(m => commitments.TryGetValue(m.Member.MemberId, out var c) && m.AmountOre > c));
    }
}
