using Finsam.Funding.Domain;
using FsCheck;
using FsCheck.Xunit;

namespace Finsam.Funding.Tests.Domain;

public sealed class ContributionRulesTests
{
    private static readonly FederationMember Forsakringskassan = new("forsakringskassan", MemberKind.Forsakringskassan, "Försäkringskassan", 0, 0);
    private static readonly FederationMember Arbetsformedlingen = new("arbetsformedlingen", MemberKind.Arbetsformedlingen, "Arbetsförmedlingen", 0, 0);

    [Fact]
    public void Sundsvall_2022_pays_3689_tkr_for_the_state_and_1844_5_tkr_each_for_region_and_municipality()
    {
        FederationMember[] members =
        [
            Forsakringskassan,
            Arbetsformedlingen,
            new("region-vasternorrland", MemberKind.Region, "Region Västernorrland", 0, 0),
            new("sundsvalls-kommun", MemberKind.Municipality, "Sundsvalls kommun", 0, 0),
        ];

        var split = ContributionRules.Split(368_900_000, members, ShareBasis.Population, ShareBasis.Population);

        Assert.Equal(737_800_000, split.TotalOre);
        Assert.Equal(
            [("forsakringskassan", 368_900_000L), ("region-vasternorrland", 184_450_000L), ("sundsvalls-kommun", 184_450_000L)],
            split.Members.Select(m => (m.Member.MemberId, m.AmountOre)));
    }

    [Fact]
    public void Municipalities_split_their_quarter_by_population()
    {
        FederationMember[] members =
        [
            Forsakringskassan,
            new("region", MemberKind.Region, "Region", 0, 0),
            new("stor", MemberKind.Municipality, "Stor kommun", 3_000, 0),
            new("liten", MemberKind.Municipality, "Liten kommun", 1_000, 0),
        ];

        var split = ContributionRules.Split(100_000_001, members, ShareBasis.Population, ShareBasis.Population);

        // The odd öre goes to the regions; the municipalities' 50 000 000 splits 3:1.
        Assert.Equal(50_000_001, split.RegionsOre);
        Assert.Equal(50_000_000, split.MunicipalitiesOre);
        Assert.Equal([100_000_001L, 50_000_001L, 37_500_000L, 12_500_000L], split.Members.Select(m => m.AmountOre));
    }

    [Fact]
    public void Agreed_shares_in_the_charter_decide_the_split()
    {
        FederationMember[] members =
        [
            Forsakringskassan,
            new("region", MemberKind.Region, "Region", 0, 0),
            new("a", MemberKind.Municipality, "A kommun", 1, 3_333),
            new("b", MemberKind.Municipality, "B kommun", 1_000_000, 3_333),
            new("c", MemberKind.Municipality, "C kommun", 1, 3_334),
        ];

        var split = ContributionRules.Split(1_000_000, members, ShareBasis.Population, ShareBasis.AgreedShares);

        Assert.Equal([166_650L, 166_650L, 166_700L], split.Members.Skip(2).Select(m => m.AmountOre));
    }

    [Fact]
    public void A_federation_without_a_region_cannot_have_contributions()
    {
        var failure = Assert.Throws<FundingRuleException>(() => ContributionRules.Split(
            1_000, [Forsakringskassan, new("k", MemberKind.Municipality, "K", 1, 0)], ShareBasis.Population, ShareBasis.Population));
        Assert.Contains("region", failure.Message);
    }

    [Fact]
    public void A_federation_without_forsakringskassan_cannot_have_contributions()
    {
        Assert.Throws<FundingRuleException>(() => ContributionRules.Split(
            1_000,
            [new("r", MemberKind.Region, "R", 1, 0), new("k", MemberKind.Municipality, "K", 1, 0)],
            ShareBasis.Population,
            ShareBasis.Population));
    }

    [Fact]
    public void Region_gotland_alone_pays_both_quarters_on_one_line()
    {
        FederationMember[] members = [Forsakringskassan, Arbetsformedlingen, RegionGotland(0, 0)];

        var split = ContributionRules.Split(123_456_789, members, ShareBasis.Population, ShareBasis.Population);

        // Region and municipality together match the state: Region Gotland pays half of all.
        Assert.Equal([("forsakringskassan", 123_456_789L), ("region-gotland", 123_456_789L)], split.Members.Select(m => (m.Member.MemberId, m.AmountOre)));
        Assert.Equal((246_913_578L, 123_456_789L, 61_728_395L, 61_728_394L), (split.TotalOre, split.StateOre, split.RegionsOre, split.MunicipalitiesOre));
        // Its line says what of it is the regions' quarter and what the municipalities'.
        Assert.Equal([(0L, 0L), (61_728_395L, 61_728_394L)], split.Members.Select(m => (m.RegionalPartOre, m.MunicipalPartOre)));
    }

    [Fact]
    public void A_member_that_is_both_pays_the_regions_quarter_and_its_part_of_the_municipalities()
    {
        // Listed after the municipality, its line still stands where a region's would.
        FederationMember[] members =
        [
            Forsakringskassan,
            new("faro", MemberKind.Municipality, "Fårö kommun", 1_000, 0),
            RegionGotland(3_000, 0),
        ];

        var split = ContributionRules.Split(100_000_001, members, ShareBasis.Population, ShareBasis.Population);

        // The whole regions' quarter (50 000 001, the odd öre included) and 3/4 of the municipalities' 50 000 000.
        Assert.Equal(
            [("forsakringskassan", 100_000_001L), ("region-gotland", 87_500_001L), ("faro", 12_500_000L)],
            split.Members.Select(m => (m.Member.MemberId, m.AmountOre)));
        Assert.Equal((50_000_001L, 50_000_000L), (split.RegionsOre, split.MunicipalitiesOre));
        Assert.Equal([(0L, 0L), (50_000_001L, 37_500_000L), (0L, 12_500_000L)], split.Members.Select(m => (m.RegionalPartOre, m.MunicipalPartOre)));
    }

    [Fact]
    public void Each_quarter_keeps_its_remainder_rule_when_a_member_is_in_both()
    {
        FederationMember[] members =
        [
            Forsakringskassan,
            RegionGotland(1, 0),
            new("faro", MemberKind.Municipality, "Fårö kommun", 2, 0),
        ];

        var split = ContributionRules.Split(201, members, ShareBasis.Population, ShareBasis.Population);

        // The odd öre goes to the regions (101); the municipalities' 100 splits 1:2 as 33 and 66,
        // and its rounding öre goes to the larger municipality, not to the member in both.
        Assert.Equal([201L, 101L + 33L, 67L], split.Members.Select(m => m.AmountOre));
    }

    [Fact]
    public void A_member_that_is_both_shares_by_its_agreed_share()
    {
        FederationMember[] members =
        [
            Forsakringskassan,
            RegionGotland(0, 6_000),
            new("faro", MemberKind.Municipality, "Fårö kommun", 0, 4_000),
        ];

        var split = ContributionRules.Split(1_000_000, members, ShareBasis.AgreedShares, ShareBasis.AgreedShares);

        Assert.Equal([1_000_000L, 500_000L + 300_000L, 200_000L], split.Members.Select(m => m.AmountOre));
    }

    [Fact]
    public void A_member_that_is_both_is_the_region_and_the_municipality_a_federation_needs()
    {
        var split = ContributionRules.Split(1_000, [Forsakringskassan, RegionGotland(0, 0)], ShareBasis.Population, ShareBasis.Population);

        Assert.Equal(2_000, split.TotalOre);
    }

    [Property(MaxTest = 300)]
    public bool A_member_in_both_parties_pays_what_a_region_and_a_municipality_with_its_figures_would_together(
        NonNegativeInt high, NonNegativeInt low, PositiveInt gotland, PositiveInt[] regionPopulations, PositiveInt[] municipalityPopulations)
    {
        var state = high.Get * 10_007L + low.Get;
        var others = regionPopulations.Select((p, i) => new FederationMember($"r{i}", MemberKind.Region, $"R{i}", p.Get, 0))
            .Concat(municipalityPopulations.Select((p, i) => new FederationMember($"m{i}", MemberKind.Municipality, $"M{i}", p.Get, 0)))
            .ToList();
        FederationMember[] withGotland = [Forsakringskassan, RegionGotland(gotland.Get, 0), .. others];
        FederationMember[] withTwoBodies =
        [
            Forsakringskassan,
            new("g-region", MemberKind.Region, "Region", gotland.Get, 0),
            new("g-kommun", MemberKind.Municipality, "Kommun", gotland.Get, 0),
            .. others,
        ];

        var split = ContributionRules.Split(state, withGotland, ShareBasis.Population, ShareBasis.Population);
        var apart = ContributionRules.Split(state, withTwoBodies, ShareBasis.Population, ShareBasis.Population).Members
            .ToDictionary(m => m.Member.MemberId, m => m.AmountOre);

        return split.Members.Sum(m => m.AmountOre) == split.TotalOre
            && split.TotalOre == 2 * state
            && split.Members.Count == withGotland.Length
            && split.Members.All(m => m.AmountOre == (m.Member.Kind == MemberKind.RegionAndMunicipality
                ? apart["g-region"] + apart["g-kommun"]
                : apart[m.Member.MemberId]));
    }

    [Property(MaxTest = 300)]
    public bool For_any_federation_the_parts_add_up_and_region_plus_municipalities_match_the_state(
        NonNegativeInt high, NonNegativeInt low, NonEmptyArray<PositiveInt> regionPopulations, NonEmptyArray<PositiveInt> municipalityPopulations)
    {
        var state = high.Get * 10_007L + low.Get;
        var members = new List<FederationMember> { Forsakringskassan, Arbetsformedlingen };
        members.AddRange(regionPopulations.Get.Select((p, i) => new FederationMember($"r{i}", MemberKind.Region, $"R{i}", p.Get, 0)));
        members.AddRange(municipalityPopulations.Get.Select((p, i) => new FederationMember($"m{i}", MemberKind.Municipality, $"M{i}", p.Get, 0)));

        var split = ContributionRules.Split(state, members, ShareBasis.Population, ShareBasis.Population);

        var paid = split.Members.Sum(m => m.AmountOre);
        var regions = split.Members.Where(m => m.Member.Kind == MemberKind.Region).Sum(m => m.AmountOre);
        var municipalities = split.Members.Where(m => m.Member.Kind == MemberKind.Municipality).Sum(m => m.AmountOre);
        return paid == split.TotalOre
            && split.TotalOre == 2 * state
            && regions + municipalities == state
            && regions == split.RegionsOre
            && municipalities == split.MunicipalitiesOre
            && Math.Abs(regions - municipalities) <= 1
            && split.Members.All(m => m.Member.Kind != MemberKind.Arbetsformedlingen)
            && split.Members.All(m => m.AmountOre >= 0);
    }

    private static FederationMember RegionGotland(long population, int agreedShareBasisPoints) =>
        new("region-gotland", MemberKind.RegionAndMunicipality, "Region Gotland", population, agreedShareBasisPoints);
}
