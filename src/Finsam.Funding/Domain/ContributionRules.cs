namespace Finsam.Funding.Domain;

// Section 5 of the act: Försäkringskassan pays half (for the state), the regions a
// quarter and the municipalities a quarter, so that region + municipalities match the
// state. Arbetsförmedlingen is a member without a contribution line of its own.
public static class ContributionRules
{
    public static ContributionBreakdown Split(
        long stateAmountOre,
        IReadOnlyList<FederationMember> members,
        ShareBasis regionalBasis,
        ShareBasis municipalBasis)
    {
        if (stateAmountOre < 0)
        {
            throw new FundingRuleException("state_amount_ore", "The state's amount cannot be negative.");
        }

        var state = members.Where(m => m.Kind == MemberKind.Forsakringskassan).ToList();
        var regions = members.Where(m => m.Kind == MemberKind.Region).ToList();
        var municipalities = members.Where(m => m.Kind == MemberKind.Municipality).ToList();

        if (state.Count != 1)
        {
            throw new FundingRuleException("members", "The federation needs Försäkringskassan as a member to pay the state's half.");
        }
        if (regions.Count == 0)
        {
            throw new FundingRuleException("members", "The federation needs at least one region as a member.");
        }
        if (municipalities.Count == 0)
        {
            throw new FundingRuleException("members", "The federation needs at least one municipality as a member.");
        }

        // Region and municipalities together match the state; an odd öre goes to the regions.
        var municipalitiesOre = stateAmountOre / 2;
        var regionsOre = stateAmountOre - municipalitiesOre;

        var lines = new List<MemberContribution>(1 + regions.Count + municipalities.Count)
        {
            new(state[0], stateAmountOre),
        };
        lines.AddRange(SplitQuarter(regionsOre, regions, regionalBasis));
        lines.AddRange(SplitQuarter(municipalitiesOre, municipalities, municipalBasis));

        return new ContributionBreakdown(stateAmountOre, regionsOre, municipalitiesOre, lines);
    }

    private static IEnumerable<MemberContribution> SplitQuarter(long quarterOre, List<FederationMember> party, ShareBasis basis)
    {
        var weights = party.Select(m => WeightOf(m, basis, party.Count)).ToList();
        if (weights.Sum() == 0)
        {
            throw new FundingRuleException("members", basis == ShareBasis.Population
                ? "The members' populations add up to zero, so their quarter cannot be split."
                : "The members' agreed shares add up to zero, so their quarter cannot be split.");
        }

        var parts = Apportionment.Split(quarterOre, weights);
        return party.Select((member, i) => new MemberContribution(member, parts[i]));
    }

    // A party with a single member pays its whole quarter, whatever its figures say.
    private static long WeightOf(FederationMember member, ShareBasis basis, int partySize) =>
        partySize == 1 ? 1 : basis switch
        {
            ShareBasis.Population => member.Population,
            ShareBasis.AgreedShares => member.AgreedShareBasisPoints,
            _ => throw new ArgumentOutOfRangeException(nameof(basis)),
        };
}
