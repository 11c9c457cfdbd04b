using Finsam.Contracts.Grants.V1;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Resources;

namespace Finsam.Grants.Validation;

public sealed record NewEffort(string EffortId, Effort Effort, string? RequestId);

public sealed record EffortListing(int PageSize, string After, EffortStatus Status, EffortKind Kind, int Year);

public sealed record EffortChange(ResourceName Name, IReadOnlySet<string> Paths);

// The effort requests, checked before anything is read; each answers what the handler needs.
public static class EffortRequests
{
    // What a client may change; the status moves only by TransitionEffort.
    public static readonly IReadOnlyList<string> UpdatableFields =
        ["display_name", "description", "kind", "cost_group", "owner", "target_group", "municipality", "start_on", "end_on", "cost_lines", "public"];

    public static NewEffort Validate(CreateEffortRequest request, PlanYears years)
    {
        var violations = new FieldViolations();
        GrantsNames.Federation.Parse(request.Parent, "parent", violations);
        ResourceId.Validate(request.EffortId, "effort_id", violations);
        if (request.Effort is null)
        {
            violations.Add("effort", ViolationReason.Required, "Required.");
        }
        else
        {
            EffortValidator.Validate(request.Effort, "effort", years, violations);
        }
        RequestIds.Validate(request.RequestId, violations);
        violations.ThrowIfAny();
        return new NewEffort(request.EffortId, request.Effort!, RequestIds.Stored(request.RequestId));
    }

    public static ResourceName Validate(GetEffortRequest request) => GrantsNames.Effort.Parse(request.Name, "name");

    public static EffortListing Validate(ListEffortsRequest request, PlanYears years)
    {
        var violations = new FieldViolations();
        GrantsNames.Federation.Parse(request.Parent, "parent", violations);
        var pageSize = Paging.PageSize(request.PageSize, violations);
        var after = Paging.Decode(request.PageToken, violations) ?? "";
        if (request.Year != 0)
        {
            years.Validate(request.Year, "year", violations);
        }
        violations.AddWhen(!Enum.IsDefined(request.Status), "status", ViolationReason.InvalidValue, "Unknown status.");
        violations.AddWhen(!Enum.IsDefined(request.Kind), "kind", ViolationReason.InvalidValue, "Unknown kind.");
        violations.ThrowIfAny();
        return new EffortListing(pageSize, after, request.Status, request.Kind, request.Year);
    }

    // The name and the fields to replace; the effort they make is validated once it is read.
    public static EffortChange Validate(UpdateEffortRequest request)
    {
        if (request.Effort is null)
        {
            FieldViolations.Throw("effort", ViolationReason.Required, "Required.");
        }
        var violations = new FieldViolations();
        var name = GrantsNames.Effort.Parse(request.Effort!.Name, "effort.name", violations);
        var paths = UpdateMasks.Resolve(request.UpdateMask, UpdatableFields, "update_mask", violations);
        violations.ThrowIfAny();
        return new EffortChange(name!, paths);
    }

    public static void ValidateUpdated(Effort proposed, PlanYears years) =>
        EffortValidator.Validate(proposed, "effort", years, new FieldViolations()).ThrowIfAny();

    public static ResourceName Validate(DeleteEffortRequest request) => GrantsNames.Effort.Parse(request.Name, "name");

    public static ResourceName Validate(TransitionEffortRequest request)
    {
        var violations = new FieldViolations();
        var name = GrantsNames.Effort.Parse(request.Name, "name", violations);
        violations.AddWhen(request.Status == EffortStatus.Unspecified || !Enum.IsDefined(request.Status),
            "status", ViolationReason.Required, "Give the status to move to.");
        violations.ThrowIfAny();
        return name!;
    }
}
