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
        violations.ThrowIfAny();

        await RequireFederationAsync(federationId!, context.CancellationToken);
        return await AuditTrailPages.ListAsync(db, request, context.CancellationToken);
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
