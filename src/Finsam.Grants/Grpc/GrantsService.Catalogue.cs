using Finsam.Grants.Domain;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Contract = Finsam.Contracts.Grants.V1;

namespace Finsam.Grants.Grpc;

public sealed partial class GrantsService
{
    private const int MaxQueryLength = 200;

    // Insatskatalogen: PostgreSQL's Swedish text search (the Snowball stemmer), so that
    // "arbetskonsulenter" finds "arbetskonsulent" and Å, Ä and Ö stay letters of their own.
    public override async Task<Contract.SearchCatalogueResponse> SearchCatalogue(Contract.SearchCatalogueRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.AddWhen(request.Query.Length > MaxQueryLength, "query", ViolationReason.TooLong, $"At most {MaxQueryLength} characters.");
        violations.AddWhen(request.TargetGroup.Length > MaxQueryLength, "target_group", ViolationReason.TooLong, $"At most {MaxQueryLength} characters.");
        violations.AddWhen(request.Municipality.Length > MaxQueryLength, "municipality", ViolationReason.TooLong, $"At most {MaxQueryLength} characters.");
        var pageSize = Paging.PageSize(request.PageSize, violations);
        var after = Paging.Decode(request.PageToken, violations) ?? "";
        violations.ThrowIfAny();

        var listed = new[] { EffortStatus.Granted, EffortStatus.Running };
        var query = db.Efforts.AsNoTracking().Where(e => e.Public && listed.Contains(e.Status));
        if (!string.IsNullOrWhiteSpace(request.Query))
        {
            query = query.Where(e =>
                EF.Functions.ToTsVector("swedish", e.DisplayName + " " + e.Description + " " + e.TargetGroup + " " + e.CostGroup)
                    .Matches(EF.Functions.WebSearchToTsQuery("swedish", request.Query)));
        }
        if (!string.IsNullOrWhiteSpace(request.TargetGroup))
        {
            var targetGroup = request.TargetGroup.Trim().ToLower();
            query = query.Where(e => e.TargetGroup.ToLower().Contains(targetGroup));
        }
        if (!string.IsNullOrWhiteSpace(request.Municipality))
        {
            var municipality = request.Municipality.Trim().ToLower();
            query = query.Where(e => e.Municipality.ToLower() == municipality);
        }

        var page = await query
            .Select(e => new { Key = e.FederationId + "/" + e.Id, Effort = e })
            .Where(x => string.Compare(x.Key, after) > 0)
            .OrderBy(x => x.Key)
            .Take(pageSize + 1)
            .ToListAsync(context.CancellationToken);

        var response = new Contract.SearchCatalogueResponse();
        response.Entries.AddRange(page.Take(pageSize).Select(x => new Contract.CatalogueEntry
        {
            Effort = GrantsMapping.EffortName(x.Effort.FederationId, x.Effort.Id),
            DisplayName = x.Effort.DisplayName,
            Description = x.Effort.Description,
            Kind = x.Effort.Kind.ToContract(),
            TargetGroup = x.Effort.TargetGroup,
            Municipality = x.Effort.Municipality,
            Owner = x.Effort.Owner,
        }));
        response.NextPageToken = Paging.NextPageToken(page, pageSize, x => x.Key);
        return response;
    }
}
