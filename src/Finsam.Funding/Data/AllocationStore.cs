using System.Globalization;
using Finsam.Funding.Domain;
using Finsam.Funding.Grpc;
using Finsam.Funding.Validation;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Data;
using Finsam.ServiceKit.Grpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Finsam.Funding.Data;

// A federation's yearly allocations and their announcements. The store records what the
// lifecycle (AllocationLifecycle) decides: each change with the announcement it amounts to
// and its audit record, in one unit of work.
public sealed class AllocationStore(FundingDbContext db, TimeProvider clock)
{
    // NotFound names the federation when it is missing, else the allocation.
    public async Task<AllocationEntity> RequireAsync(string federationId, int year, CancellationToken ct, bool tracked = false)
    {
        if (!await db.Federations.AnyAsync(f => f.Id == federationId, ct))
        {
            throw GrpcErrors.NotFound(FundingNames.Federation.Format(federationId));
        }
        return await (tracked ? db.Allocations : db.Allocations.AsNoTracking())
            .SingleOrDefaultAsync(a => a.FederationId == federationId && a.Year == year, ct)
            ?? throw GrpcErrors.NotFound(FundingNames.Allocation.Format(federationId, year));
    }

    // In year order.
    public async Task<Page<AllocationEntity>> ListAsync(string federationId, int afterYear, int pageSize, CancellationToken ct)
    {
        var page = await db.Allocations.AsNoTracking()
            .Where(a => a.FederationId == federationId && a.Year > afterYear)
            .OrderBy(a => a.Year)
            .Take(pageSize + 1)
            .ToListAsync(ct);
        return new Page<AllocationEntity>(page.Take(pageSize).ToList(),
            Paging.NextPageToken(page, pageSize, a => a.Year.ToString(CultureInfo.InvariantCulture)));
    }

    // A new year's allocation with its first announcement (dated today). A retry with the same
    // request id gets the first one back, even while racing it; a second one for the year is
    // AlreadyExists.
    public async Task<AllocationEntity> CreateAsync(string federationId, int year, AllocationChange recorded, string? requestId, ServerCallContext context)
    {
        var name = FundingNames.Allocation.Format(federationId, year);
        var created = await db.CreateOnceAsync(
            requestId,
            a => a.FederationId == federationId && a.RequestId == requestId,
            name,
            () =>
            {
                var now = clock.StoredNow();
                var allocation = new AllocationEntity
                {
                    FederationId = federationId,
                    Year = year,
                    RequestId = requestId,
                    CreateTime = now,
                    UpdateTime = now,
                };
                Apply(allocation, recorded.After);
                db.Allocations.Add(allocation);
                db.Announcements.Add(NewAnnouncement(allocation, AllocationLifecycle.FirstSequence, recorded.Announced!.Value,
                    Today(), source: "", requestId: null));
                db.Record(context, clock, federationId, name, before: null, after: allocation.ToContract());
                return allocation;
            },
            context.CancellationToken);
        return created.Entity;
    }

    // Edits a tracked allocation, provided the caller's etag (if any) is the stored one; the
    // announcement the edit amounts to (if any) is dated today.
    public async Task<AllocationEntity> UpdateAsync(AllocationEntity allocation, string etag, AllocationChange change, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var name = FundingNames.Allocation.Format(allocation.FederationId, allocation.Year);
        db.ExpectEtag(allocation, a => a.Version, etag, name);
        var before = allocation.ToContract();
        if (change.Announced is { } kind)
        {
            db.Announcements.Add(NewAnnouncement(allocation, await NextSequenceAsync(allocation, ct), kind, Today(), source: "", requestId: null,
                change.After.StateAmountOre));
        }
        Apply(allocation, change.After);
        allocation.UpdateTime = clock.StoredNow();
        db.Record(context, clock, allocation.FederationId, name, before, allocation.ToContract());
        await db.SaveChangesAsync(ct);
        return allocation;
    }

    // Records an announcement of a tracked allocation. The lifecycle decides on the figures as
    // they are once a retry is ruled out: a retry with the same request id (in the federation)
    // gets the allocation as it is now, even while racing the first call.
    public async Task<AllocationEntity> AnnounceAsync(
        AllocationEntity allocation, AnnouncementRecord announcement, Func<AllocationFigures, AllocationChange> decide, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var (federationId, year, requestId) = (allocation.FederationId, allocation.Year, announcement.RequestId);
        var name = FundingNames.Allocation.Format(federationId, year);
        var sequence = await NextSequenceAsync(allocation, ct);
        try
        {
            var result = await db.CreateOnceAsync(
                requestId,
                a => a.FederationId == federationId && a.RequestId == requestId,
                FundingNames.Announcement.Format(federationId, year, sequence),
                () =>
                {
                    var change = decide(allocation.Figures());
                    var before = allocation.ToContract();
                    var recorded = NewAnnouncement(allocation, sequence, change.Announced!.Value, announcement.AnnouncedOn,
                        announcement.Source, requestId, change.After.StateAmountOre);
                    db.Announcements.Add(recorded);
                    Apply(allocation, change.After);
                    allocation.UpdateTime = clock.StoredNow();
                    db.Record(context, clock, federationId, name, before, allocation.ToContract());
                    return recorded;
                },
                ct);
            return result.Created ? allocation : await RequireAsync(federationId, year, ct);
        }
        catch (DbUpdateConcurrencyException) when (requestId is not null)
        {
            // The same announcement, racing: the first call changed the allocation under this one.
            db.ChangeTracker.Clear();
            if (await db.Announcements.AnyAsync(a => a.FederationId == federationId && a.RequestId == requestId, ct))
            {
                return await RequireAsync(federationId, year, ct);
            }
            throw;
        }
    }

    public async Task<IReadOnlyList<AnnouncementEntity>> ListAnnouncementsAsync(string federationId, int year, CancellationToken ct) =>
        await db.Announcements.AsNoTracking()
            .Where(a => a.FederationId == federationId && a.Year == year)
            .OrderBy(a => a.Sequence)
            .ToListAsync(ct);

    private static void Apply(AllocationEntity allocation, AllocationFigures figures)
    {
        allocation.Status = figures.Status;
        allocation.StateAmountOre = figures.StateAmountOre;
        allocation.DeclinedOre = figures.DeclinedOre;
    }

    private async Task<int> NextSequenceAsync(AllocationEntity allocation, CancellationToken ct) =>
        AllocationLifecycle.NextSequence(await db.Announcements
            .Where(a => a.FederationId == allocation.FederationId && a.Year == allocation.Year)
            .MaxAsync(a => (int?)a.Sequence, ct));

    private DateOnly Today() => DateOnly.FromDateTime(clock.StoredNow().UtcDateTime);

    private AnnouncementEntity NewAnnouncement(
        AllocationEntity allocation, int sequence, AnnouncementKind kind, DateOnly announcedOn, string source, string? requestId, long? amountOre = null) => new()
    {
        FederationId = allocation.FederationId,
        Year = allocation.Year,
        Sequence = sequence,
        Kind = kind,
        StateAmountOre = amountOre ?? allocation.StateAmountOre,
        AnnouncedOn = announcedOn,
        Source = source,
        RequestId = requestId,
        CreateTime = clock.StoredNow(),
    };
}
