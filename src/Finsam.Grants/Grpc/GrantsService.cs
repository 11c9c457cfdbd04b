using Finsam.Contracts.Common.V1;
using Finsam.Grants.Data;
using Finsam.ServiceDefaults.Grpc;
using Finsam.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Contract = Finsam.Contracts.Grants.V1;

namespace Finsam.Grants.Grpc;

// Effort grants over gRPC (and JSON). Each concern's methods are in a file of their own.
public sealed partial class GrantsService(GrantsDbContext db, FederationDirectory federations, TimeProvider clock)
    : Contract.GrantsService.GrantsServiceBase
{
    private const int YearsAhead = 10;
    private const int MaxRequestIdLength = 128;

    private int LastYear => clock.GetUtcNow().Year + YearsAhead;

    [FederationAccess(Access.Audit)]
    public override async Task<ListAuditRecordsResponse> ListAuditRecords(ListAuditRecordsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var ids = ResourceNamePattern.Match(request.Parent, "federations/*", "parent", violations);
        var pageSize = Paging.PageSize(request.PageSize, violations);
        var after = Paging.Decode(request.PageToken, violations);
        long afterSequence = 0;
        if (after is not null && !long.TryParse(after, out afterSequence))
        {
            violations.Add("page_token", "Not a page token from a previous answer.");
        }
        violations.ThrowIfAny();

        var federationId = ids![0];
        var page = await db.AuditRecords.AsNoTracking()
            .Where(r => r.Federation == federationId && r.Sequence > afterSequence)
            .OrderBy(r => r.Sequence)
            .Take(pageSize + 1)
            .ToListAsync(context.CancellationToken);
        var response = new ListAuditRecordsResponse();
        response.Records.AddRange(page.Take(pageSize).Select(r => new AuditRecord
        {
            Sequence = r.Sequence,
            Time = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(r.Time),
            Actor = r.Actor,
            Action = r.Action,
            Resource = r.Resource,
            BeforeJson = r.BeforeJson ?? "",
            AfterJson = r.AfterJson ?? "",
        }));
        if (page.Count > pageSize)
        {
            response.NextPageToken = Paging.Encode(page[pageSize - 1].Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return response;
    }

    // PostgreSQL keeps microseconds: answer with the time as it will be read back.
    private DateTimeOffset Now()
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % 10));
    }

    private void ValidateYear(int year, string field, FieldViolations violations) =>
        violations.AddWhen(year < Validation.EffortValidator.FirstYear || year > LastYear, field,
            $"The year must be between {Validation.EffortValidator.FirstYear} and {LastYear}.");

    private static void ValidateRequestId(string requestId, FieldViolations violations) =>
        violations.AddWhen(requestId.Length > MaxRequestIdLength, "request_id", $"At most {MaxRequestIdLength} characters.");

    private static string? NullIfEmpty(string value) => string.IsNullOrEmpty(value) ? null : value;

    private static bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    private async Task<EffortEntity> RequireEffortAsync(string federationId, string effortId, CancellationToken ct, bool tracked = true)
    {
        var query = tracked ? db.Efforts : db.Efforts.AsNoTracking();
        return await query.SingleOrDefaultAsync(e => e.FederationId == federationId && e.Id == effortId, ct)
            ?? throw GrpcErrors.NotFound(GrantsMapping.EffortName(federationId, effortId));
    }

    private void ExpectEtag(EffortEntity entity, string etag, string name)
    {
        if (string.IsNullOrEmpty(etag))
        {
            return;
        }
        if (!uint.TryParse(etag, out var expected) || expected != entity.Version)
        {
            throw GrpcErrors.StaleEtag(name);
        }
        db.Entry(entity).Property(e => e.Version).OriginalValue = expected;
    }
}
