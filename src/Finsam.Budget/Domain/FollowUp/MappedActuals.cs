namespace Finsam.Budget.Domain.FollowUp;

// Actuals per budget line and month, per effort and month, and what no rule took per account
// and month; öre as in the books (debit positive).
public sealed record MappedActuals(
    IReadOnlyDictionary<(string LineKey, DateOnly Month), long> Lines,
    IReadOnlyDictionary<(string EffortId, DateOnly Month), long> Efforts,
    IReadOnlyDictionary<(string Account, DateOnly Month), long> Unmapped)
{
    public long UnmappedOre => Unmapped.Values.Sum();
}
