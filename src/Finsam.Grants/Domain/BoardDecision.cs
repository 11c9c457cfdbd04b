namespace Finsam.Grants.Domain;

// The board's decision (beslut) granting one effort money for some years, under a reference
// number (diarienummer). It is what lets the effort be granted and run (EffortTransitions),
// and it keeps the effort on record for good.
public sealed record BoardDecision(DateOnly DecidedOn, string ReferenceNumber, IReadOnlyList<int> GrantedYears)
{
    // As recorded: the reference number without stray spaces, each granted year once and in order.
    public static BoardDecision Of(DateOnly decidedOn, string referenceNumber, IEnumerable<int> grantedYears) =>
        new(decidedOn, referenceNumber.Trim(), grantedYears.Distinct().Order().ToList());
}
