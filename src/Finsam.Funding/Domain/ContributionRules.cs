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
        // A member that is both region and municipality (Region Gotland) is in both parties.
        var regions = members.Where(m => m.Kind.IsRegional()).ToList();
        var municipalities = members.Where(m => m.Kind.IsMunicipal()).ToList();

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

        // Each quarter is split on its own, remainders as ever, so both still add up to the öre;
        // a member in both parties then pays its two parts on one line, where its region line
        // would stand (the state, the regions, then the other municipalities).
        var regional = SplitQuarter(regionsOre, regions, regionalBasis).Select(p => (p.Member, Regional: p.AmountOre, Municipal: 0L));
        var municipal = SplitQuarter(municipalitiesOre, municipalities, municipalBasis).Select(p => (p.Member, Regional: 0L, Municipal: p.AmountOre));
        var lines = new List<MemberContribution> { new(state[0], stateAmountOre) };
        lines.AddRange(regional.Concat(municipal)
            .GroupBy(part => part.Member)
            .Select(member => new MemberContribution(
                member.Key,
                member.Sum(part => part.Regional + part.Municipal),
                member.Sum(part => part.Regional),
                member.Sum(part => part.Municipal))));

        return new ContributionBreakdown(stateAmountOre, regionsOre, municipalitiesOre, lines);
    }

    private static IEnumerable<(FederationMember Member, long AmountOre)> SplitQuarter(long quarterOre, List<FederationMember> party, ShareBasis basis)
    {
        var weights = party.Select(m => WeightOf(m, basis, party.Count)).ToList();
        if (weights.Sum() == 0)
        {
            throw new FundingRuleException("members", basis == ShareBasis.Population
                ? "The members' populations add up to zero, so their quarter cannot be split."
                : "The members' agreed shares add up to zero, so their quarter cannot be split.");
        }

        var parts = Apportionment.Split(quarterOre, weights);
        return party.Select((member, i) => (member, parts[i]));
    }

    // A party with a single member pays its whole quarter, whatever its figures say. A member
    // that is both region and municipality weighs the same in both splits: its population is
    // that of the one area it serves as both, and the charter gives it one agreed share
    // (in practice it is the only region, so only the municipalities' split reads it).
    private static long WeightOf(FederationMember member, ShareBasis basis, int partySize) =>
        partySize == 1 ? 1 : basis switch
        {
            ShareBasis.Population => member.Population,
            ShareBasis.AgreedShares => member.AgreedShareBasisPoints,
            _ => throw new ArgumentOutOfRangeException(nameof(basis)),
        };
}
