using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Finsam.ServiceKit.Audit;

// A federation's data in a service changes only together with a record in that service's
// audit trail, which is append-only: the number of the federation's records is a version of
// its data that moves with every committed change. A count, not the last sequence: a
// transaction that took an earlier sequence can commit after a later one has, which would
// leave the highest sequence as it was; the count always grows.
//
// Read it before the data it versions (read committed): a change committed between the two
// reads then makes the pair look older than it is, never newer, so it is asked for again.
public static class FederationDataVersion
{
    // Empty while the federation has no data here: nothing to keep, nothing to reuse.
    public static async Task<string> OfAsync(DbContext db, string federation, CancellationToken ct) =>
        await db.Set<AuditRecordEntity>().CountAsync(r => r.Federation == federation, ct) is var records and > 0
            ? records.ToString(CultureInfo.InvariantCulture)
            : "";

    // Each federation's version, in one query; empty for those without data here.
    public static async Task<IReadOnlyDictionary<string, string>> OfManyAsync(DbContext db, IReadOnlyCollection<string> federations, CancellationToken ct)
    {
        var counts = await db.Set<AuditRecordEntity>()
            .Where(r => federations.Contains(r.Federation))
            .GroupBy(r => r.Federation)
            .Select(g => new { Federation = g.Key, Records = g.Count() })
            .ToDictionaryAsync(g => g.Federation, g => g.Records, ct);
        return federations.ToDictionary(f => f, f => counts.TryGetValue(f, out var records) ? records.ToString(CultureInfo.InvariantCulture) : "");
    }

    // Whether the copy a caller kept, at `known`, is still what the service would answer.
    public static bool Holds(string known, string current) => known.Length > 0 && known == current;
}
