using Finsam.Contracts.Common.V1;
using Finsam.Funding.Data;
using Finsam.Funding.Validation;
using Finsam.ServiceDefaults.Audit;
using Finsam.ServiceDefaults.Grpc;
using Finsam.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Contract = Finsam.Contracts.Funding.V1;

namespace Finsam.Funding.Grpc;

// Member funding over gRPC (and JSON, transcoded). Each resource's methods are in a
// file of their own: FundingService.Federations.cs, .Allocations.cs, .Contributions.cs.
public sealed partial class FundingService(FundingDbContext db, TimeProvider clock, YearRange years)
    : Contract.FundingService.FundingServiceBase
{
    private const int MaxRequestIdLength = 128;

    [FederationAccess(Access.Audit)]
    public override async Task<ListAuditRecordsResponse> ListAuditRecords(ListAuditRecordsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var federationId = ResourceNames.ParseFederation(request.Parent, "parent", violations);
        var pageSize = Paging.PageSize(request.PageSize, violations);
        var after = Paging.Decode(request.PageToken, violations);
        long afterSequence = 0;
        if (after is not null && !long.TryParse(after, out afterSequence))
        {
            violations.Add("page_token", "Not a page token from a previous answer.");
        }
        violations.ThrowIfAny();

        await RequireFederationAsync(federationId!, context.CancellationToken);

        var page = await db.AuditRecords
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
        return now.AddTicks(-(now.Ticks % (TimeSpan.TicksPerMillisecond / 1000)));
    }

    private async Task<FederationEntity> RequireFederationAsync(string federationId, CancellationToken cancellationToken) =>
        await db.Federations.SingleOrDefaultAsync(f => f.Id == federationId, cancellationToken)
            ?? throw GrpcErrors.NotFound(ResourceNames.Federation(federationId));

    private static void ValidateRequestId(string requestId, FieldViolations violations) =>
        violations.AddWhen(requestId.Length > MaxRequestIdLength, "request_id", $"At most {MaxRequestIdLength} characters.");

    private static bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    // The stored etag is the row's xmin; the caller's etag becomes the original value,
    // so a write based on an older read fails in the database, not only in this check.
    private static void ExpectEtag<TEntity>(FundingDbContext db, TEntity entity, uint currentVersion, string etag, string resourceName)
        where TEntity : class
    {
        if (string.IsNullOrEmpty(etag))
        {
            return;
        }
        if (!uint.TryParse(etag, out var expected) || expected != currentVersion)
        {
            throw GrpcErrors.StaleEtag(resourceName);
        }
        db.Entry(entity).Property("Version").OriginalValue = expected;
    }
}
