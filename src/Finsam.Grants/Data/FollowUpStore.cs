using Finsam.Grants.Domain;
using Finsam.Grants.Grpc;
using Finsam.ServiceKit.Audit;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Finsam.Grants.Data;

// An effort's follow-up, one per year, set whole.
public sealed class FollowUpStore(GrantsDbContext db, TimeProvider clock)
{
    public async Task<FollowUpEntity> SetAsync(
        string federationId, string effortId, int year, FollowUpFigures figures, IReadOnlyList<IndicatorValue> indicators, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var entity = await db.FollowUps.SingleOrDefaultAsync(f => f.FederationId == federationId && f.EffortId == effortId && f.Year == year, ct);
        var before = entity?.ToContract();
        if (entity is null)
        {
            entity = new FollowUpEntity { FederationId = federationId, EffortId = effortId, Year = year };
            db.FollowUps.Add(entity);
        }
        entity.PlannedParticipants = figures.PlannedParticipants;
        entity.ActualParticipants = figures.ActualParticipants;
        entity.FinishedToWork = figures.FinishedToWork;
        entity.FinishedToStudies = figures.FinishedToStudies;
        entity.Indicators = indicators.ToList();
        var after = entity.ToContract();
        db.Record(context, clock, federationId, after.Name, before, after);
        await db.SaveChangesAsync(ct);
        return entity;
    }

    // The year's follow-up and the one of the year before, each null when there is none.
    public async Task<(FollowUpEntity? ThisYear, FollowUpEntity? PreviousYear)> FindWithPreviousAsync(
        string federationId, string effortId, int year, CancellationToken ct)
    {
        var previousYear = FollowUpComparison.PreviousYear(year);
        var both = await db.FollowUps.AsNoTracking()
            .Where(f => f.FederationId == federationId && f.EffortId == effortId && (f.Year == year || f.Year == previousYear))
            .ToListAsync(ct);
        return (both.SingleOrDefault(f => f.Year == year), both.SingleOrDefault(f => f.Year == previousYear));
    }
}
