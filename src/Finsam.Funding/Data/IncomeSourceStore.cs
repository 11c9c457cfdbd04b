using Microsoft.EntityFrameworkCore;

namespace Finsam.Funding.Data;

// Reads what the budget's income is computed from for any number of federations in five
// queries (federations, allocations, commitments, announcements, other income), so a
// roll-up of a hundred federations costs what one does.
public sealed class IncomeSourceStore(FundingDbContext db, FundedAllocationStore fundedAllocations)
{
    // A federation that does not exist is not in the answer.
    public async Task<IReadOnlyDictionary<string, IncomeSources>> ReadAsync(IReadOnlyCollection<string> federationIds, int firstYear, int lastYear, CancellationToken ct)
    {
        var ids = federationIds.ToArray();
        var federations = await db.Federations.AsNoTracking().Where(f => ids.Contains(f.Id)).ToListAsync(ct);
        var allocations = await fundedAllocations.ReadAsync(ids, firstYear, lastYear, ct);
        var otherIncome = (await db.OtherIncome.AsNoTracking()
            .Where(o => ids.Contains(o.FederationId) && o.Year >= firstYear && o.Year <= lastYear)
            .OrderBy(o => o.Year).ThenBy(o => o.CreateTime).ThenBy(o => o.Id)
            .ToListAsync(ct))
            .ToLookup(o => o.FederationId);
        return federations.ToDictionary(
            f => f.Id,
            f => new IncomeSources(f, allocations[f.Id].ToList(), otherIncome[f.Id].ToList()));
    }
}
