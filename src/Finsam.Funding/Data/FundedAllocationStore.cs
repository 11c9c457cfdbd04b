using Microsoft.EntityFrameworkCore;

namespace Finsam.Funding.Data;

// Reads allocations with what their contributions are computed from, for any number of
// federations and years in a fixed number of queries: the allocations, their commitments,
// their latest announcements.
public sealed class FundedAllocationStore(FundingDbContext db)
{
    // The allocations recorded from the first year to the last, in year order.
    public async Task<IReadOnlyList<FundedAllocation>> ReadAsync(string federationId, int firstYear, int lastYear, CancellationToken ct) =>
        (await ReadAsync([federationId], firstYear, lastYear, ct))[federationId].ToList();

    // Each federation's allocations from the first year to the last, in year order.
    public async Task<ILookup<string, FundedAllocation>> ReadAsync(IReadOnlyCollection<string> federationIds, int firstYear, int lastYear, CancellationToken ct)
    {
        var ids = federationIds.ToArray();
        var allocations = await db.Allocations.AsNoTracking()
            .Where(a => ids.Contains(a.FederationId) && a.Year >= firstYear && a.Year <= lastYear)
            .OrderBy(a => a.FederationId).ThenBy(a => a.Year)
            .ToListAsync(ct);
        return (await WithFactsAsync(allocations, ct)).ToLookup(f => f.Allocation.FederationId);
    }

    public async Task<FundedAllocation> WithFactsAsync(AllocationEntity allocation, CancellationToken ct) =>
        (await WithFactsAsync([allocation], ct))[0];

    // The facts of allocations, in the order given.
    public async Task<IReadOnlyList<FundedAllocation>> WithFactsAsync(IReadOnlyList<AllocationEntity> allocations, CancellationToken ct)
    {
        if (allocations.Count == 0)
        {
            return [];
        }
        // Federations × years can name a year of a federation that was not asked for; those
        // facts are read and never looked up.
        var federations = allocations.Select(a => a.FederationId).Distinct().ToArray();
        var years = allocations.Select(a => a.Year).Distinct().ToArray();
        var commitments = (await db.Commitments.AsNoTracking()
            .Where(c => federations.Contains(c.FederationId) && years.Contains(c.Year))
            .Select(c => new { c.FederationId, c.Year, c.MemberId, c.CommittedOre })
            .ToListAsync(ct))
            .ToLookup(c => (c.FederationId, c.Year));
        var latest = (await db.Announcements.AsNoTracking()
            .Where(a => federations.Contains(a.FederationId) && years.Contains(a.Year))
            .GroupBy(a => new { a.FederationId, a.Year })
            .Select(g => new { g.Key.FederationId, g.Key.Year, Sequence = g.Max(a => a.Sequence) })
            .ToListAsync(ct))
            .ToDictionary(x => (x.FederationId, x.Year), x => x.Sequence);

        return allocations
            .Select(allocation => new FundedAllocation(
                allocation,
                commitments[(allocation.FederationId, allocation.Year)].ToDictionary(c => c.MemberId, c => c.CommittedOre),
                latest.TryGetValue((allocation.FederationId, allocation.Year), out var sequence) ? sequence : null))
            .ToList();
    }
}
