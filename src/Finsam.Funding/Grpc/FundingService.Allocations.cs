using Finsam.Funding.Data;
using Finsam.Funding.Domain;
using Finsam.Funding.Validation;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceDefaults.Security;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Contract = Finsam.Contracts.Funding.V1;

namespace Finsam.Funding.Grpc;

public sealed partial class FundingService
{
    private static readonly string[] UpdatableAllocationFields = ["state_amount_ore", "status", "declined_state_amount_ore"];

    public override async Task<Contract.Allocation> CreateAllocation(Contract.CreateAllocationRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        ResourceNames.ParseFederation(request.Parent, "parent", violations);
        var federationId = context.FederationId();
        if (request.Allocation is null)
        {
            violations.Add("allocation", ViolationReason.Required, "Required.");
        }
        else
        {
            years.Validate(request.Allocation.Year, "allocation.year", violations);
            AllocationValidator.ValidateAmountAndStatus(request.Allocation, "allocation", violations);
        }
        ValidateRequestId(request.RequestId, violations);
        violations.ThrowIfAny();

        var ct = context.CancellationToken;
        await RequireFederationAsync(federationId!, ct);

        var requestId = NullIfEmpty(request.RequestId);
        if (requestId is not null && await FindAllocationByRequestAsync(federationId!, requestId, ct) is { } earlier)
        {
            return await DescribeAsync(earlier, ct);
        }

        var year = request.Allocation!.Year;
        var name = ResourceNames.Allocation(federationId!, year);
        if (await db.Allocations.AnyAsync(a => a.FederationId == federationId && a.Year == year, ct))
        {
            throw GrpcErrors.AlreadyExists(name);
        }

        var now = clock.StoredNow();
        var entity = new AllocationEntity
        {
            FederationId = federationId!,
            Year = year,
            StateAmountOre = request.Allocation.StateAmountOre,
            Status = request.Allocation.Status.ToDomain(),
            DeclinedOre = 0,
            RequestId = requestId,
            CreateTime = now,
            UpdateTime = now,
        };
        db.Allocations.Add(entity);
        // Recording an allocation is its first announcement.
        db.Announcements.Add(NewAnnouncement(entity, 1,
            entity.Status == AllocationStatus.Decided ? AnnouncementKind.Decision : AnnouncementKind.Preliminary,
            DateOnly.FromDateTime(now.UtcDateTime), source: "", requestId: null));
        db.Record(context, clock, federationId!, name, before: null, after: entity.ToContract());

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            if (requestId is not null && await FindAllocationByRequestAsync(federationId!, requestId, ct) is { } winner)
            {
                return await DescribeAsync(winner, ct);
            }
            throw GrpcErrors.AlreadyExists(name);
        }
        return await DescribeAsync(entity, ct);
    }

    public override async Task<Contract.Allocation> GetAllocation(Contract.GetAllocationRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var key = ResourceNames.ParseYearChild(request.Name, "allocations", "name", violations);
        violations.ThrowIfAny();

        var (_, year) = key!.Value;

        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        return await DescribeAsync(await RequireAllocationAsync(federationId, year, ct), ct);
    }

    public override async Task<Contract.ListAllocationsResponse> ListAllocations(Contract.ListAllocationsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        ResourceNames.ParseFederation(request.Parent, "parent", violations);
        var federationId = context.FederationId();
        var pageSize = Paging.PageSize(request.PageSize, violations);
        var after = Paging.Decode(request.PageToken, violations);
        var afterYear = 0;
        if (after is not null && !int.TryParse(after, out afterYear))
        {
            violations.Add("page_token", ViolationReason.InvalidFormat, "Not a page token from a previous answer.");
        }
        violations.ThrowIfAny();

        var ct = context.CancellationToken;
        await RequireFederationAsync(federationId!, ct);
        var page = await db.Allocations.AsNoTracking()
            .Where(a => a.FederationId == federationId && a.Year > afterYear)
            .OrderBy(a => a.Year)
            .Take(pageSize + 1)
            .ToListAsync(ct);

        var response = new Contract.ListAllocationsResponse();
        foreach (var allocation in page.Take(pageSize))
        {
            response.Allocations.Add(await DescribeAsync(allocation, ct));
        }
        response.NextPageToken = Paging.NextPageToken(page, pageSize, a => a.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return response;
    }

    public override async Task<Contract.Allocation> UpdateAllocation(Contract.UpdateAllocationRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        if (request.Allocation is null)
        {
            FieldViolations.Throw("allocation", ViolationReason.Required, "Required.");
        }
        var key = ResourceNames.ParseYearChild(request.Allocation!.Name, "allocations", "allocation.name", violations);
        var paths = UpdateMasks.Resolve(request.UpdateMask, UpdatableAllocationFields, "update_mask", violations);
        violations.ThrowIfAny();

        var (_, year) = key!.Value;

        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        var entity = await RequireAllocationAsync(federationId, year, ct, tracked: true);
        var before = entity.ToContract();

        var proposed = before.Clone();
        if (paths.Contains("state_amount_ore")) proposed.StateAmountOre = request.Allocation.StateAmountOre;
        if (paths.Contains("status")) proposed.Status = request.Allocation.Status;
        if (paths.Contains("declined_state_amount_ore")) proposed.DeclinedStateAmountOre = request.Allocation.DeclinedStateAmountOre;
        AllocationValidator.ValidateAmountAndStatus(proposed, "allocation", violations);
        AllocationValidator.ValidateDeclined(proposed, "allocation", violations);
        violations.ThrowIfAny();

        db.ExpectEtag(entity, e => e.Version, request.Allocation.Etag, request.Allocation.Name);
        var announced = proposed.StateAmountOre != entity.StateAmountOre || proposed.Status.ToDomain() != entity.Status;
        if (announced)
        {
            var kind = proposed.Status.ToDomain() == AllocationStatus.Decided && entity.Status != AllocationStatus.Decided
                ? AnnouncementKind.Decision
                : AnnouncementKind.Revision;
            db.Announcements.Add(NewAnnouncement(entity, await NextAnnouncementAsync(entity, ct), kind,
                DateOnly.FromDateTime(clock.StoredNow().UtcDateTime), source: "", requestId: null));
        }
        entity.StateAmountOre = proposed.StateAmountOre;
        entity.Status = proposed.Status.ToDomain();
        entity.DeclinedOre = proposed.DeclinedStateAmountOre;
        entity.UpdateTime = clock.StoredNow();
        db.Record(context, clock, federationId, request.Allocation.Name, before, entity.ToContract());

        await db.SaveChangesAsync(ct);
        return await DescribeAsync(entity, ct);
    }

    public override async Task<Contract.Allocation> AnnounceAllocation(Contract.AnnounceAllocationRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var key = ResourceNames.ParseYearChild(request.Allocation, "allocations", "allocation", violations);
        DateOnly? announcedOn = null;
        if (request.Announcement is not { } announcement)
        {
            violations.Add("announcement", ViolationReason.Required, "Required.");
        }
        else
        {
            violations.AddWhen(announcement.Kind == Contract.AnnouncementKind.Unspecified || !Enum.IsDefined(announcement.Kind),
                "announcement.kind", ViolationReason.Required, "Give the kind: preliminary, decision or revision.");
            violations.AddWhen(announcement.StateAmountOre is < 0 or > AllocationValidator.MaxAmountOre,
                "announcement.state_amount_ore", ViolationReason.OutOfRange, "An amount between 0 and a hundred billion kronor.");
            announcedOn = Dates.Parse(announcement.AnnouncedOn, "announcement.announced_on", violations);
            violations.AddWhen(announcement.Source.Length > 500, "announcement.source", ViolationReason.TooLong, "At most 500 characters.");
        }
        ValidateRequestId(request.RequestId, violations);
        violations.ThrowIfAny();

        var (_, year) = key!.Value;

        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        var entity = await RequireAllocationAsync(federationId, year, ct, tracked: true);
        var requestId = NullIfEmpty(request.RequestId);
        if (requestId is not null && await db.Announcements.AnyAsync(a => a.FederationId == federationId && a.RequestId == requestId, ct))
        {
            return await DescribeAsync(entity, ct);
        }

        var before = entity.ToContract();
        var kind = request.Announcement!.Kind switch
        {
            Contract.AnnouncementKind.Decision => AnnouncementKind.Decision,
            Contract.AnnouncementKind.Revision => AnnouncementKind.Revision,
            _ => AnnouncementKind.Preliminary,
        };
        db.Announcements.Add(NewAnnouncement(entity, await NextAnnouncementAsync(entity, ct), kind, announcedOn!.Value,
            request.Announcement.Source.Trim(), requestId, request.Announcement.StateAmountOre));
        entity.StateAmountOre = request.Announcement.StateAmountOre;
        // A decision decides; a revision of a decision stays decided.
        if (kind == AnnouncementKind.Decision)
        {
            entity.Status = AllocationStatus.Decided;
        }
        entity.DeclinedOre = Math.Min(entity.DeclinedOre, entity.StateAmountOre);
        entity.UpdateTime = clock.StoredNow();
        db.Record(context, clock, federationId, request.Allocation, before, entity.ToContract());

        await db.SaveChangesAsync(ct);
        return await DescribeAsync(entity, ct);
    }

    public override async Task<Contract.ListAnnouncementsResponse> ListAnnouncements(Contract.ListAnnouncementsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var key = ResourceNames.ParseYearChild(request.Parent, "allocations", "parent", violations);
        violations.ThrowIfAny();

        var (_, year) = key!.Value;

        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        await RequireAllocationAsync(federationId, year, ct);
        var announcements = await db.Announcements.AsNoTracking()
            .Where(a => a.FederationId == federationId && a.Year == year)
            .OrderBy(a => a.Sequence)
            .ToListAsync(ct);
        var response = new Contract.ListAnnouncementsResponse();
        response.Announcements.AddRange(announcements.Select(a => a.ToContract()));
        return response;
    }

    private async Task<AllocationEntity> RequireAllocationAsync(string federationId, int year, CancellationToken ct, bool tracked = false)
    {
        await RequireFederationAsync(federationId, ct);
        var query = tracked ? db.Allocations : db.Allocations.AsNoTracking();
        return await query.SingleOrDefaultAsync(a => a.FederationId == federationId && a.Year == year, ct)
            ?? throw GrpcErrors.NotFound(ResourceNames.Allocation(federationId, year));
    }

    private async Task<int> NextAnnouncementAsync(AllocationEntity allocation, CancellationToken ct) =>
        1 + (await db.Announcements
            .Where(a => a.FederationId == allocation.FederationId && a.Year == allocation.Year)
            .MaxAsync(a => (int?)a.Sequence, ct) ?? 0);

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

    private Task<AllocationEntity?> FindAllocationByRequestAsync(string federationId, string requestId, CancellationToken ct) =>
        db.Allocations.SingleOrDefaultAsync(a => a.FederationId == federationId && a.RequestId == requestId, ct);
}
