using Finsam.Contracts.Grants.V1;
using Finsam.ServiceKit.Grpc;

namespace Finsam.Grants.Validation;

// FederationId empty: every federation's; Kind null: both kinds.
public sealed record CatalogueSearch(string Query, string TargetGroup, string Municipality, string FederationId, Domain.EffortKind? Kind, int PageSize, string After);

public static class CatalogueRequests
{
    private const int MaxQueryLength = 200;

    public static CatalogueSearch Validate(SearchCatalogueRequest request)
    {
        var violations = new FieldViolations();
        Texts.MaxLength(request.Query, "query", MaxQueryLength, violations);
        Texts.MaxLength(request.TargetGroup, "target_group", MaxQueryLength, violations);
        Texts.MaxLength(request.Municipality, "municipality", MaxQueryLength, violations);
        var federation = request.Federation.Length == 0 ? "" : GrantsNames.Federation.Parse(request.Federation, "federation", violations)?.Federation ?? "";
        violations.AddWhen(!Enum.IsDefined(request.Kind), "kind", ViolationReason.InvalidValue, "Expected EFFORT_KIND_INDIVIDUAL, EFFORT_KIND_STRUCTURAL or none.");
        var pageSize = Paging.PageSize(request.PageSize, violations);
        var after = Paging.Decode(request.PageToken, violations) ?? "";
        violations.ThrowIfAny();
        Domain.EffortKind? kind = request.Kind switch
        {
            EffortKind.Individual => Domain.EffortKind.Individual,
            EffortKind.Structural => Domain.EffortKind.Structural,
            _ => null,
        };
        return new CatalogueSearch(request.Query, request.TargetGroup, request.Municipality, federation, kind, pageSize, after);
    }

    // The effort's federation and id.
    public static (string FederationId, string EffortId) Validate(GetCatalogueEntryRequest request)
    {
        var effort = GrantsNames.Effort.Parse(request.Effort, "effort");
        return (effort.Federation, effort["effort"]);
    }
}
