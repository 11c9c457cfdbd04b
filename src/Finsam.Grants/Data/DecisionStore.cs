using Finsam.Grants.Domain;
using Finsam.Grants.Grpc;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Data;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Finsam.Grants.Data;

// The board's decisions. They are recorded once and never changed: a new decision is a new record.
public sealed class DecisionStore(GrantsDbContext db, TimeProvider clock)
{
    // Twelve hex digits: unique enough within one federation's decisions.
    private const int IdLength = 12;

    // A retry with the same request id gets the first decision back, even while it races it.
    // The effort is the tracked one the decision is for: a decision fixes the cost lines of the
    // years it grants (DecidedMoney), so the effort's etag moves with it, and an update of the
    // effort read before the decision fails (Aborted) rather than slip past that rule.
    public async Task<DecisionEntity> CreateAsync(EffortEntity effort, BoardDecision decision, string? requestId, ServerCallContext context)
    {
        var (federationId, effortId) = (effort.FederationId, effort.Id);
        var id = Guid.NewGuid().ToString("N")[..IdLength];
        var name = GrantsNames.Decision.Format(federationId, id);
        var created = await db.CreateOnceAsync(
            requestId,
            d => d.FederationId == federationId && d.RequestId == requestId,
            name,
            () =>
            {
                var entity = new DecisionEntity
                {
                    FederationId = federationId,
                    Id = id,
                    DecidedOn = decision.DecidedOn,
                    ReferenceNumber = decision.ReferenceNumber,
                    EffortId = effortId,
                    Granted = decision.Granted.ToList(),
                    RequestId = requestId,
                    CreateTime = clock.StoredNow(),
                };
                db.Decisions.Add(entity);
                // Nothing of the effort changes but its row version (xmin), which this write moves.
                db.Entry(effort).Property(e => e.UpdateTime).IsModified = true;
                db.Record(context, clock, federationId, name, before: null, after: entity.ToContract());
                return entity;
            },
            context.CancellationToken);
        return created.Entity;
    }

    // In the order they were decided; only one effort's when it is named.
    public async Task<IReadOnlyList<DecisionEntity>> ListAsync(string federationId, string? effortId, CancellationToken ct) =>
        await db.Decisions.AsNoTracking()
            .Where(d => d.FederationId == federationId && (effortId == null || d.EffortId == effortId))
            .OrderBy(d => d.DecidedOn).ThenBy(d => d.CreateTime)
            .ToListAsync(ct);

    public Task<bool> AnyForAsync(string federationId, string effortId, CancellationToken ct) =>
        db.Decisions.AnyAsync(d => d.FederationId == federationId && d.EffortId == effortId, ct);
}
