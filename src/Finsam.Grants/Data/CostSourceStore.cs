using Microsoft.EntityFrameworkCore;

namespace Finsam.Grants.Data;

// Reads what the budget's costs are computed from for any number of federations in three
// queries (efforts, decisions, reservations), so a roll-up of a hundred federations costs
// what one does, not a hundred times as much.
public sealed class CostSourceStore(GrantsDbContext db)
{
    // Every federation asked is in the answer; one without efforts has empty sources.
    public async Task<IReadOnlyDictionary<string, CostSources>> ReadAsync(IReadOnlyCollection<string> federationIds, CancellationToken ct)
    {
        var ids = federationIds.ToArray();
        // The order each list has for one federation is the order it has within each here.
        var efforts = (await db.Efforts.AsNoTracking()
            .Where(e => ids.Contains(e.FederationId))
            .OrderBy(e => e.CreateTime).ThenBy(e => e.Id)
            .ToListAsync(ct)).ToLookup(e => e.FederationId);
        var decisions = (await db.Decisions.AsNoTracking()
            .Where(d => ids.Contains(d.FederationId))
            .OrderBy(d => d.DecidedOn).ThenBy(d => d.CreateTime)
            .ToListAsync(ct)).ToLookup(d => d.FederationId);
        var reservations = (await db.Reservations.AsNoTracking()
            .Where(r => ids.Contains(r.FederationId))
            .OrderBy(r => r.Year)
            .ToListAsync(ct)).ToLookup(r => r.FederationId);
        return ids.Distinct().ToDictionary(
            id => id,
            id => new CostSources(efforts[id].ToList(), decisions[id].ToList(), reservations[id].ToList()));
    }
}
