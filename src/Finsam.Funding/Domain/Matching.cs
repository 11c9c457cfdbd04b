namespace Finsam.Funding.Domain;

public sealed record MatchingResult(
    // The state's part that the regions and municipalities match: never above the offer.
    long StateOre,
    // Every region and municipality has committed, and together they match the whole offer.
    bool FullyMatched,
    IReadOnlyList<string> MembersWithoutCommitment);

// The state pays only what the regions and municipalities match (lag 2003:1210, 5 §): the
// state's part is the largest amount, up to the offer less what the federation declined,
// for which no committed member's contribution exceeds what it committed to pay.
public static class Matching
{
    public static MatchingResult Match(
        long offeredOre,
        long declinedOre,
        IReadOnlyList<FederationMember> members,
        ShareBasis regionalBasis,
        ShareBasis municipalBasis,
        IReadOnlyDictionary<string, long> commitments)
    {
        var offeredNet = Math.Max(0, offeredOre - declinedOre);
        var matchers = members.Where(m => m.Kind.MatchesTheState()).ToList();
        var without = matchers.Where(m => !commitments.ContainsKey(m.MemberId)).Select(m => m.MemberId).ToList();

        bool Fits(long state) => ContributionRules.Split(state, members, regionalBasis, municipalBasis).Members
            .All(line => !commitments.TryGetValue(line.Member.MemberId, out var committed) || line.AmountOre <= committed);

        var state = offeredNet;
        if (!Fits(state))
        {
            // The largest fitting amount; a member's part only grows with the state's.
            long low = 0, high = offeredNet;
            while (low < high)
            {
                var middle = low + (high - low + 1) / 2;
                if (Fits(middle))
                {
                    low = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }
            state = low;
        }

        return new MatchingResult(state, without.Count == 0 && state == offeredNet, without);
    }
}
