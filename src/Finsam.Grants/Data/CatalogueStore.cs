using Finsam.Grants.Domain;
using Finsam.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;

namespace Finsam.Grants.Data;

// Insatskatalogen across every federation: PostgreSQL's Swedish text search (the Snowball
// stemmer), so that "arbetskonsulenter" finds "arbetskonsulent" and Å, Ä and Ö stay letters
// of their own.
public sealed class CatalogueStore(GrantsDbContext db)
{
    public async Task<Page<EffortEntity>> SearchAsync(string words, string targetGroup, string municipality, string after, int pageSize, CancellationToken ct)
    {
        var listed = Catalogue.ListedStatuses.ToArray();
        var query = db.Efforts.AsNoTracking().Where(e => e.Public && listed.Contains(e.Status));
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
}
