using Finsam.Grants.Domain;
using Finsam.Grants.Grpc;
using Finsam.ServiceKit.Audit;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Finsam.Grants.Data;

// Money reserved per year: one reservation a year, set whole.
public sealed class ReservationStore(GrantsDbContext db, TimeProvider clock)
{
    public async Task<ReservationEntity> SetAsync(string federationId, Reserved reserved, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var entity = await db.Reservations.SingleOrDefaultAsync(r => r.FederationId == federationId && r.Year == reserved.Year, ct);
        var before = entity?.ToContract();
        if (entity is null)
        {
            entity = new ReservationEntity { FederationId = federationId, Year = reserved.Year };
            db.Reservations.Add(entity);
        }
        entity.AmountOre = reserved.AmountOre;
        entity.Label = reserved.Label;
        var after = entity.ToContract();
        db.Record(context, clock, federationId, after.Name, before, after);
        await db.SaveChangesAsync(ct);
        return entity;
    }

    public async Task<IReadOnlyList<ReservationEntity>> ListAsync(string federationId, CancellationToken ct) =>
        await db.Reservations.AsNoTracking().Where(r => r.FederationId == federationId).OrderBy(r => r.Year).ToListAsync(ct);
}
