using Finsam.Contracts.Funding.V1;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Resources;

namespace Finsam.Funding.Validation;

public sealed record FederationCreate(string FederationId, Federation Federation, string? RequestId);

public sealed record FederationUpdate(ResourceName Name, IReadOnlySet<string> Paths);

public sealed record FederationListing(int PageSize, string After);

// The federation requests, checked whole so that a caller learns every problem at once.
public static class FederationRequests
{
    public static readonly string[] UpdatableFields = ["display_name", "organisation_number", "municipal_share_basis", "regional_share_basis", "members"];

    public static FederationCreate Validate(CreateFederationRequest request)
    {
        var violations = new FieldViolations();
        ResourceId.Validate(request.FederationId, "federation_id", violations);
        if (request.Federation is null)
        {
            violations.Add("federation", ViolationReason.Required, "Required.");
        }
        else
        {
            FederationValidator.Validate(request.Federation, "federation", violations);
        }
        RequestIds.Validate(request.RequestId, violations);
        violations.ThrowIfAny();
        return new FederationCreate(request.FederationId, request.Federation!, RequestIds.Stored(request.RequestId));
    }

    public static ResourceName Validate(GetFederationRequest request) => FundingNames.Federation.Parse(request.Name, "name");

    // The resource too, so that a malformed one is refused before the federation is looked up.
    public static ResourceName Validate(Finsam.Contracts.Common.V1.ListAuditRecordsRequest request)
    {
        var violations = new FieldViolations();
        var parent = FundingNames.Federation.Parse(request.Parent, "parent", violations);
        if (parent is not null)
        {
            AuditedResource.Parse(request.Resource, parent.Federation, violations);
        }
        violations.ThrowIfAny();
        return parent!;
    }

    public static ResourceName Validate(DeleteFederationRequest request) => FundingNames.Federation.Parse(request.Name, "name");

    public static FederationListing Validate(ListFederationsRequest request)
    {
        var violations = new FieldViolations();
        var pageSize = Paging.PageSize(request.PageSize, violations);
        var after = Paging.Decode(request.PageToken, violations) ?? "";
        violations.ThrowIfAny();
        return new FederationListing(pageSize, after);
    }

    public static FederationListing Validate(ListPublicFederationsRequest request)
    {
        var violations = new FieldViolations();
        var pageSize = Paging.PageSize(request.PageSize, violations);
        var after = Paging.Decode(request.PageToken, violations) ?? "";
        violations.ThrowIfAny();
        return new FederationListing(pageSize, after);
    }

    public static FederationUpdate Validate(UpdateFederationRequest request)
    {
        FieldViolations.ThrowWhen(request.Federation is null, "federation", ViolationReason.Required, "Required.");
        var violations = new FieldViolations();
        var name = FundingNames.Federation.Parse(request.Federation!.Name, "federation.name", violations);
        var paths = UpdateMasks.Resolve(request.UpdateMask, UpdatableFields, "update_mask", violations);
        violations.ThrowIfAny();
        return new FederationUpdate(name!, paths);
    }

    // The federation as the update would leave it is what must be valid.
    public static void ValidateUpdated(Federation proposed)
    {
        var violations = new FieldViolations();
        FederationValidator.Validate(proposed, "federation", violations);
        violations.ThrowIfAny();
    }

    // A parent that names the federation itself: "federations/{federation}".
    public static void ValidateParent(string parent, FieldViolations violations) =>
        FundingNames.Federation.Parse(parent, "parent", violations);
}
