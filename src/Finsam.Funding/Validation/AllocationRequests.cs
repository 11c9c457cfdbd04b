using Finsam.Contracts.Funding.V1;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Resources;

namespace Finsam.Funding.Validation;

public sealed record AllocationCreate(int Year, long StateAmountOre, AllocationStatus Status, string? RequestId);

public sealed record AllocationListing(int PageSize, int AfterYear);

public sealed record AllocationUpdate(int Year, IReadOnlySet<string> Paths);

public sealed record AnnouncementRecord(int Year, AnnouncementKind Kind, long StateAmountOre, DateOnly AnnouncedOn, string Source, string? RequestId);

// The requests about a year's allocation and its announcements.
public static class AllocationRequests
{
    public static readonly string[] UpdatableFields = ["state_amount_ore", "status", "declined_state_amount_ore"];

    private const int MaxSourceLength = 500;

    public static AllocationCreate Validate(CreateAllocationRequest request, PlanYears years)
    {
        var violations = new FieldViolations();
        FederationRequests.ValidateParent(request.Parent, violations);
        if (request.Allocation is null)
        {
            violations.Add("allocation", ViolationReason.Required, "Required.");
        }
        else
        {
            years.Validate(request.Allocation.Year, "allocation.year", violations);
            AllocationValidator.ValidateAmountAndStatus(request.Allocation, "allocation", violations);
        }
        RequestIds.Validate(request.RequestId, violations);
        violations.ThrowIfAny();
        var allocation = request.Allocation!;
        return new AllocationCreate(allocation.Year, allocation.StateAmountOre, allocation.Status, RequestIds.Stored(request.RequestId));
    }

    public static int Validate(GetAllocationRequest request) => FundingNames.Allocation.Parse(request.Name, "name").Year;

    public static int Validate(ListAnnouncementsRequest request) => FundingNames.Allocation.Parse(request.Parent, "parent").Year;

    public static int Validate(ListCommitmentsRequest request) => FundingNames.Allocation.Parse(request.Parent, "parent").Year;

    public static AllocationListing Validate(ListAllocationsRequest request)
    {
        var violations = new FieldViolations();
        FederationRequests.ValidateParent(request.Parent, violations);
        var pageSize = Paging.PageSize(request.PageSize, violations);
        var after = Paging.Decode(request.PageToken, violations);
        var afterYear = 0;
        if (after is not null && !int.TryParse(after, out afterYear))
        {
            violations.Add("page_token", ViolationReason.InvalidFormat, "Not a page token from a previous answer.");
        }
        violations.ThrowIfAny();
        return new AllocationListing(pageSize, afterYear);
    }

    public static AllocationUpdate Validate(UpdateAllocationRequest request)
    {
        FieldViolations.ThrowWhen(request.Allocation is null, "allocation", ViolationReason.Required, "Required.");
        var violations = new FieldViolations();
        var name = FundingNames.Allocation.Parse(request.Allocation!.Name, "allocation.name", violations);
        var paths = UpdateMasks.Resolve(request.UpdateMask, UpdatableFields, "update_mask", violations);
        violations.ThrowIfAny();
        return new AllocationUpdate(name!.Year, paths);
    }

    // The allocation as the update would leave it is what must be valid.
    public static void ValidateUpdated(Allocation proposed)
    {
        var violations = new FieldViolations();
        AllocationValidator.ValidateAmountAndStatus(proposed, "allocation", violations);
        AllocationValidator.ValidateDeclined(proposed, "allocation", violations);
        violations.ThrowIfAny();
    }

    public static AnnouncementRecord Validate(AnnounceAllocationRequest request)
    {
        var violations = new FieldViolations();
        var name = FundingNames.Allocation.Parse(request.Allocation, "allocation", violations);
        DateOnly? announcedOn = null;
        if (request.Announcement is not { } announcement)
        {
            violations.Add("announcement", ViolationReason.Required, "Required.");
        }
        else
        {
            violations.AddWhen(announcement.Kind == AnnouncementKind.Unspecified || !Enum.IsDefined(announcement.Kind),
                "announcement.kind", ViolationReason.Required, "Give the kind: preliminary, decision or revision.");
            Amounts.Validate(announcement.StateAmountOre, "announcement.state_amount_ore", violations);
            announcedOn = Dates.Parse(announcement.AnnouncedOn, "announcement.announced_on", violations);
            violations.AddWhen(announcement.Source.Length > MaxSourceLength, "announcement.source", ViolationReason.TooLong, $"At most {MaxSourceLength} characters.");
        }
        RequestIds.Validate(request.RequestId, violations);
        violations.ThrowIfAny();
        return new AnnouncementRecord(name!.Year, request.Announcement!.Kind, request.Announcement.StateAmountOre,
            announcedOn!.Value, request.Announcement.Source.Trim(), RequestIds.Stored(request.RequestId));
    }
}
