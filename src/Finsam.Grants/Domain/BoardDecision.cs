namespace Finsam.Grants.Domain;

// What a decision grants one effort for one year, whatever its cost lines say.
public sealed record GrantedAmount(int Year, long AmountOre);

// The board's decision (beslut) granting one effort an amount for each of some years, under a
// reference number (diarienummer). It is what lets the effort be granted and run
// (EffortTransitions), what counts as decided money (DecidedMoney), and it keeps the effort on
// record for good.
public sealed record BoardDecision(DateOnly DecidedOn, string ReferenceNumber, IReadOnlyList<GrantedAmount> Granted)
{
    // As recorded: the reference number without stray spaces, the years in order.
    public static BoardDecision Of(DateOnly decidedOn, string referenceNumber, IEnumerable<GrantedAmount> granted) =>
        new(decidedOn, referenceNumber.Trim(), granted.OrderBy(g => g.Year).ToList());
}
