using Finsam.Grants.Domain;
using Finsam.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace Finsam.Grants.Data;

// Insatskatalogen across every federation: PostgreSQL's Swedish text search (the Snowball
// stemmer), so that "arbetskonsulenter" finds "arbetskonsulent" and Å, Ä and Ö stay letters
// of their own.
public sealed class CatalogueStore(GrantsDbContext db)
{
    public async Task<Page<EffortEntity>> SearchAsync(CatalogueFilter filter, string after, int pageSize, CancellationToken ct)
    {
        var (words, targetGroup, municipality, federationId, kind) = filter;
        var query = Listed();
        if (federationId.Length > 0)
        {
            query = query.Where(e => e.FederationId == federationId);
        }
        if (kind is { } wantedKind)
        {
            query = query.Where(e => e.Kind == wantedKind);
        }
        if (!string.IsNullOrWhiteSpace(words))
        {
            query = query.Where(e =>
                EF.Functions.ToTsVector("swedish", e.DisplayName + " " + e.Description + " " + e.TargetGroup + " " + e.CostGroup)
                    .Matches(EF.Functions.WebSearchToTsQuery("swedish", words)));
        }
        if (!string.IsNullOrWhiteSpace(targetGroup))
        {
            var wanted = targetGroup.Trim().ToLower();
            query = query.Where(e => e.TargetGroup.ToLower().Contains(wanted));
        }
        if (!string.IsNullOrWhiteSpace(municipality))
        {
            var wanted = municipality.Trim().ToLower();
            query = query.Where(e => e.Municipality.ToLower() == wanted);
        }

        // Efforts of every federation, so the key of the order is the federation and the id.
        var page = await query
            .Select(e => new { Key = e.FederationId + "/" + e.Id, Effort = e })
            .Where(x => string.Compare(x.Key, after) > 0)
            .OrderBy(x => x.Key)
            .Take(pageSize + 1)
            .ToListAsync(ct);
        return new Page<EffortEntity>(page.Take(pageSize).Select(x => x.Effort).ToList(), Paging.NextPageToken(page, pageSize, x => x.Key));
    }

    // One effort, if the catalogue lists it; null alike for one that does not exist and one
    // that is not public, so the answer tells nobody which.
    public Task<EffortEntity?> FindAsync(string federationId, string effortId, CancellationToken ct) =>
        Listed().SingleOrDefaultAsync(e => e.FederationId == federationId && e.Id == effortId, ct);

    private IQueryable<EffortEntity> Listed()
    {
        var listed = Catalogue.ListedStatuses.ToArray();
        return db.Efforts.AsNoTracking().Where(e => e.Public && listed.Contains(e.Status));
    }
}
