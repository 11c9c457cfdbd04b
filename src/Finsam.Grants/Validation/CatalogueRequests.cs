using Finsam.Contracts.Grants.V1;
using Finsam.ServiceKit.Grpc;

namespace Finsam.Grants.Validation;

public sealed record CatalogueSearch(string Query, string TargetGroup, string Municipality, int PageSize, string After);

public static class CatalogueRequests
{
    private const int MaxQueryLength = 200;

    public static CatalogueSearch Validate(SearchCatalogueRequest request)
    {
        var violations = new FieldViolations();
        Texts.MaxLength(request.Query, "query", MaxQueryLength, violations);
        Texts.MaxLength(request.TargetGroup, "target_group", MaxQueryLength, violations);
        Texts.MaxLength(request.Municipality, "municipality", MaxQueryLength, violations);
        var pageSize = Paging.PageSize(request.PageSize, violations);
        var after = Paging.Decode(request.PageToken, violations) ?? "";
        violations.ThrowIfAny();
        return new CatalogueSearch(request.Query, request.TargetGroup, request.Municipality, pageSize, after);
    }
}
