namespace Finsam.Funding.Domain;

// What a year's allocation comes to once the regions' and municipalities' commitments are
// counted: the state's part they match, whether the allocation is final, and what each
// member pays. Contributions follow the matched part of the latest announced figure.
public sealed class AllocationOutcome
{
    private readonly AllocationFigures _allocation;
    private readonly MemberTerms _terms;

    private AllocationOutcome(AllocationFigures allocation, MemberTerms terms, MatchingResult? matching)
    {
        _allocation = allocation;
        _terms = terms;
        Matching = matching;
    }

    public static AllocationOutcome Of(AllocationFigures allocation, MemberTerms terms, IReadOnlyDictionary<string, long> commitments)
    {
        MatchingResult? matching;
        try
        {
            matching = Domain.Matching.Match(allocation.StateAmountOre, allocation.DeclinedOre, terms.Members,
                terms.RegionalBasis, terms.MunicipalBasis, commitments);
        }
        catch (FundingRuleException)
        {
            // The members do not allow contributions yet (no region, say): nothing is matched.
            matching = null;
        }
        return new AllocationOutcome(allocation, terms, matching);
    }

    // Null while the members do not allow contributions at all.
    public MatchingResult? Matching { get; }

    // The state's part that the contributions follow.
    public long StateOre => Matching?.StateOre ?? _allocation.StateAmountOre;

    // Decided, and every region and municipality matches the offer less what is declined.
    public bool IsFinal => _allocation.Status == AllocationStatus.Decided && Matching is { FullyMatched: true };

    // What each member pays; FundingRuleException when the members do not allow a split.
    public ContributionBreakdown Contributions() =>
        ContributionRules.Split(StateOre, _terms.Members, _terms.RegionalBasis, _terms.MunicipalBasis);
}
