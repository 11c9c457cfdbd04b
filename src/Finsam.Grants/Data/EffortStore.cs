using Finsam.Grants.Domain;
using Finsam.Grants.Grpc;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Data;
using Finsam.ServiceKit.Grpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Finsam.Grants.Data;

// A federation's efforts. Every change is saved with its audit record, as the caller's.
public sealed class EffortStore(GrantsDbContext db, TimeProvider clock)
{
    // The effort, tracked so that it can be changed; NotFound when there is none.
    public async Task<EffortEntity> RequireAsync(string federationId, string effortId, CancellationToken ct) =>
        await db.Efforts.SingleOrDefaultAsync(e => e.FederationId == federationId && e.Id == effortId, ct)
        ?? throw GrpcErrors.NotFound(GrantsNames.Effort.Format(federationId, effortId));

    public async Task EnsureExistsAsync(string federationId, string effortId, CancellationToken ct)
    {
        if (!await db.Efforts.AnyAsync(e => e.FederationId == federationId && e.Id == effortId, ct))
        {
            throw GrpcErrors.NotFound(GrantsNames.Effort.Format(federationId, effortId));
        }
    }

    // A new draft; a retry with the same request id gets the first one back, even while it races it.
    public async Task<EffortEntity> CreateAsync(string federationId, string effortId, string? requestId, Action<EffortEntity> describe, ServerCallContext context)
    {
        var name = GrantsNames.Effort.Format(federationId, effortId);
        var created = await db.CreateOnceAsync(
            requestId,
            e => e.FederationId == federationId && e.RequestId == requestId,
            name,
            () =>
            {
                var now = clock.StoredNow();
                var effort = new EffortEntity
                {
                    FederationId = federationId,
                    Id = effortId,
                    DisplayName = "",
                    Status = EffortTransitions.Initial,
                    RequestId = requestId,
                    CreateTime = now,
                    UpdateTime = now,
                };
                describe(effort);
                db.Efforts.Add(effort);
                db.Record(context, clock, federationId, name, before: null, after: effort.ToContract());
                return effort;
            },
            context.CancellationToken);
        return created.Entity;
    }

    // Changes a tracked effort, provided the caller's etag (if any) is the stored one.
    public async Task<EffortEntity> UpdateAsync(EffortEntity effort, string etag, Action<EffortEntity> change, ServerCallContext context)
    {
        var name = GrantsNames.Effort.Format(effort.FederationId, effort.Id);
        db.ExpectEtag(effort, e => e.Version, etag, name);
        var before = effort.ToContract();
        change(effort);
        effort.UpdateTime = clock.StoredNow();
        db.Record(context, clock, effort.FederationId, name, before, effort.ToContract());
        await db.SaveChangesAsync(context.CancellationToken);
        return effort;
    }

    public async Task DeleteAsync(EffortEntity effort, string etag, ServerCallContext context)
    {
        var name = GrantsNames.Effort.Format(effort.FederationId, effort.Id);
        db.ExpectEtag(effort, e => e.Version, etag, name);
        db.Record(context, clock, effort.FederationId, name, effort.ToContract(), after: null);
        db.Efforts.Remove(effort);
        await db.SaveChangesAsync(context.CancellationToken);
    }

    // In id order; the year filter looks inside the cost lines (jsonb), so it runs here, batch by batch.
    public async Task<Page<EffortEntity>> ListAsync(
        string federationId, EffortStatus? status, EffortKind? kind, int? year, string after, int pageSize, CancellationToken ct)
    {
        var query = db.Efforts.AsNoTracking().Where(e => e.FederationId == federationId);
        if (status is { } wantedStatus)
        {
            query = query.Where(e => e.Status == wantedStatus);
        }
        if (kind is { } wantedKind)
        {
            query = query.Where(e => e.Kind == wantedKind);
        }
        var found = new List<EffortEntity>();
        var cursor = after;
        while (found.Count <= pageSize)
        {
            var batch = await query.Where(e => string.Compare(e.Id, cursor) > 0).OrderBy(e => e.Id).Take(pageSize + 1).ToListAsync(ct);
            found.AddRange(batch.Where(e => year is not { } wantedYear || e.CostLines.Any(l => l.Year == wantedYear)));
            if (batch.Count <= pageSize)
            {
                break;
            }
            cursor = batch[^1].Id;
        }
        return new Page<EffortEntity>(found.Take(pageSize).ToList(), Paging.NextPageToken(found, pageSize, e => e.Id));
    }
}
