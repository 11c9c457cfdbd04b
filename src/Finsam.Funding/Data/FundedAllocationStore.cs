using Microsoft.EntityFrameworkCore;

namespace Finsam.Funding.Data;

// Reads allocations with what their contributions are computed from, for any number of
// years in a fixed number of queries: the allocations, their commitments, their latest
// announcements.
public sealed class FundedAllocationStore(FundingDbContext db)
{
    // The allocations recorded from the first year to the last, in year order.
    public async Task<IReadOnlyList<FundedAllocation>> ReadAsync(string federationId, int firstYear, int lastYear, CancellationToken ct)
    {
        var allocations = await db.Allocations.AsNoTracking()
            .Where(a => a.FederationId == federationId && a.Year >= firstYear && a.Year <= lastYear)
            .OrderBy(a => a.Year)
            .ToListAsync(ct);
        return await WithFactsAsync(federationId, allocations, ct);
    }

    public async Task<FundedAllocation> WithFactsAsync(AllocationEntity allocation, CancellationToken ct) =>
        (await WithFactsAsync(allocation.FederationId, [allocation], ct))[0];

    // The facts of allocations of one federation, in the order given.
    public async Task<IReadOnlyList<FundedAllocation>> WithFactsAsync(string federationId, IReadOnlyList<AllocationEntity> allocations, CancellationToken ct)
    {
        if (allocations.Count == 0)
        {
            return [];
        }
        var years = allocations.Select(a => a.Year).ToList();
        var commitments = await db.Commitments.AsNoTracking()
            .Where(c => c.FederationId == federationId && years.Contains(c.Year))
            .Select(c => new { c.Year, c.MemberId, c.CommittedOre })
            .ToListAsync(ct);
        var latest = await db.Announcements.AsNoTracking()
            .Where(a => a.FederationId == federationId && years.Contains(a.Year))
            .GroupBy(a => a.Year)
            .Select(g => new { Year = g.Key, Sequence = g.Max(a => a.Sequence) })
            .ToDictionaryAsync(x => x.Year, x => x.Sequence, ct);

        return allocations
            .Select(allocation => new FundedAllocation(
                allocation,
                commitments.Where(c => c.Year == allocation.Year).ToDictionary(c => c.MemberId, c => c.CommittedOre),
                latest.TryGetValue(allocation.Year, out var sequence) ? sequence : null))
            .ToList();
    }
}
