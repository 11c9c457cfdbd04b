using Finsam.Identity.Domain;
using Finsam.ServiceKit.Audit;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Finsam.Identity.Data;

// Who holds which role where. A grant is recorded in the audit trail of its federation
// (the regional trail, "", for a regional administrator).
public sealed class RoleGrantStore(IdentityDbContext db, TimeProvider clock)
{
    // Granting a role the principal holds already changes nothing.
    public async Task GrantAsync(RoleGrant grant, ServerCallContext context)
    {
        if (await ExistsAsync(grant, context.CancellationToken))
        {
            return;
        }
        db.RoleGrants.Add(AccessMapping.ToEntity(grant));
        db.Record(context, clock, grant.FederationId, grant.Principal, before: null, after: AccessMapping.ToContract(grant));
        await db.SaveChangesAsync(context.CancellationToken);
    }

    // False when the principal does not hold the role there.
    public async Task<bool> RevokeAsync(RoleGrant grant, ServerCallContext context)
    {
        var entity = AccessMapping.ToEntity(grant);
        var stored = await db.RoleGrants.SingleOrDefaultAsync(
            g => g.Principal == entity.Principal && g.Role == entity.Role && g.Federation == entity.Federation, context.CancellationToken);
        if (stored is null)
        {
            return false;
        }
        db.RoleGrants.Remove(stored);
        db.Record(context, clock, grant.FederationId, grant.Principal, before: AccessMapping.ToContract(grant), after: null);
        await db.SaveChangesAsync(context.CancellationToken);
        return true;
    }

    // Every grant, or one principal's, by principal, federation and role.
    public async Task<IReadOnlyList<RoleGrant>> ListAsync(string? principal, CancellationToken ct)
    {
        var grants = await db.RoleGrants.AsNoTracking()
            .Where(g => principal == null || g.Principal == principal)
            .OrderBy(g => g.Principal).ThenBy(g => g.Federation).ThenBy(g => g.Role)
            .ToListAsync(ct);
        return [.. grants.Select(AccessMapping.ToDomain).OfType<RoleGrant>()];
    }

    // At start-up, for the bootstrap client: the grant, without an audit record (no one asked).
    public async Task EnsureAsync(RoleGrant grant, CancellationToken ct)
    {
        if (!await ExistsAsync(grant, ct))
        {
            db.RoleGrants.Add(AccessMapping.ToEntity(grant));
            await db.SaveChangesAsync(ct);
        }
    }

    private Task<bool> ExistsAsync(RoleGrant grant, CancellationToken ct)
    {
        var entity = AccessMapping.ToEntity(grant);
        return db.RoleGrants.AnyAsync(g => g.Principal == entity.Principal && g.Role == entity.Role && g.Federation == entity.Federation, ct);
    }
}
