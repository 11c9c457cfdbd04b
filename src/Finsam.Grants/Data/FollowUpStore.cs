using Finsam.Grants.Domain;
using Finsam.Grants.Domain.Participation;
using Finsam.Grants.Grpc;
using Finsam.ServiceKit.Audit;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Contract = Finsam.Contracts.Grants.V1;

namespace Finsam.Grants.Data;

// An effort's follow-up, one per year, set whole.
public sealed class FollowUpStore(GrantsDbContext db, TimeProvider clock)
{
    public async Task<FollowUpEntity> SetAsync(
        string federationId, string effortId, int year, FollowUpFigures figures, IReadOnlyList<IndicatorValue> indicators, Contract.Participants? participants, ServerCallContext context)
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
        entity.ParticipantsJson = participants is null ? null : JsonFormatter.Default.Format(participants);
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

    // The latest year an effort's participants are followed up, with them; none where no year has them.
    public async Task<(int Year, Contract.Participants Participants)?> LatestParticipantsAsync(string federationId, string effortId, CancellationToken ct)
    {
        var latest = await db.FollowUps.AsNoTracking()
            .Where(f => f.FederationId == federationId && f.EffortId == effortId && f.ParticipantsJson != null)
            .OrderByDescending(f => f.Year)
            .FirstOrDefaultAsync(ct);
        return latest?.Participants() is { } participants ? (latest.Year, participants) : null;
    }

    // Each row's participants into its effort's follow-up of the year, all in one transaction
    // with an audit record each: the rest of a follow-up stays as it was, and a year without one
    // gets one with only its participants. Rows naming no effort of the federation: nothing is
    // stored, and their lines are returned.
    public async Task<(IReadOnlyList<FollowUpEntity> Set, IReadOnlyList<ParticipantsTable.Row> Unknown)> SetParticipantsAsync(
        string federationId, int year, IReadOnlyList<ParticipantsTable.Row> rows, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var ids = rows.Select(row => row.EffortId).ToList();
        var known = (await db.Efforts.AsNoTracking().Where(e => e.FederationId == federationId && ids.Contains(e.Id)).Select(e => e.Id).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var unknown = rows.Where(row => !known.Contains(row.EffortId)).ToList();
        if (unknown.Count > 0)
        {
            return ([], unknown);
        }

        var stored = await db.FollowUps.Where(f => f.FederationId == federationId && f.Year == year && ids.Contains(f.EffortId)).ToDictionaryAsync(f => f.EffortId, ct);
        var set = new List<FollowUpEntity>();
        foreach (var row in rows)
        {
            var entity = stored.GetValueOrDefault(row.EffortId);
            var before = entity?.ToContract();
            if (entity is null)
            {
                entity = new FollowUpEntity { FederationId = federationId, EffortId = row.EffortId, Year = year };
                db.FollowUps.Add(entity);
            }
            entity.ParticipantsJson = JsonFormatter.Default.Format(row.Counts.ToContract());
            var after = entity.ToContract();
            if (before is null || !before.Equals(after))
            {
                db.Record(context, clock, federationId, after.Name, before, after);
            }
            set.Add(entity);
        }
        await db.SaveChangesAsync(ct);
        return (set, []);
    }

    // The participants of the federations' efforts (every federation's where none are named) in
    // a year, each with its effort's name and kind.
    public async Task<IReadOnlyList<(FollowUpEntity FollowUp, string DisplayName, EffortKind Kind)>> ParticipantsOfYearAsync(
        IReadOnlyCollection<string>? federationIds, int year, CancellationToken ct) =>
        (await db.FollowUps.AsNoTracking()
            .Where(f => (federationIds == null || federationIds.Contains(f.FederationId)) && f.Year == year && f.ParticipantsJson != null)
            .Join(db.Efforts.AsNoTracking(), f => new { f.FederationId, Id = f.EffortId }, e => new { e.FederationId, e.Id }, (f, e) => new { f, e.DisplayName, e.Kind })
            .OrderBy(x => x.f.FederationId).ThenBy(x => x.f.EffortId)
            .ToListAsync(ct))
        .Select(x => (x.f, x.DisplayName, x.Kind))
        .ToList();
}
