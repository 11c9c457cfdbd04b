using Finsam.Contracts.Common.V1;
using Finsam.Grants.Data;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceDefaults.Security;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Contract = Finsam.Contracts.Grants.V1;

namespace Finsam.Grants.Grpc;

// Effort grants over gRPC (and JSON). Each concern's methods are in a file of their own.
public sealed partial class GrantsService(GrantsDbContext db, FederationDirectory federations, TimeProvider clock)
    : Contract.GrantsService.GrantsServiceBase
{
    private const int YearsAhead = 10;
    private const int MaxRequestIdLength = 128;

    private int LastYear => clock.GetUtcNow().Year + YearsAhead;

    public override Task<ListAuditRecordsResponse> ListAuditRecords(ListAuditRecordsRequest request, ServerCallContext context) =>
        AuditTrailPages.ListAsync(db, context.Federation(), request, context.CancellationToken);


    private void ValidateYear(int year, string field, FieldViolations violations) =>
        violations.AddWhen(year < Validation.EffortValidator.FirstYear || year > LastYear, field, ViolationReason.OutOfRange,
            $"The year must be between {Validation.EffortValidator.FirstYear} and {LastYear}.");

    private static void ValidateRequestId(string requestId, FieldViolations violations) =>
        violations.AddWhen(requestId.Length > MaxRequestIdLength, "request_id", ViolationReason.TooLong, $"At most {MaxRequestIdLength} characters.");

    private static string? NullIfEmpty(string value) => string.IsNullOrEmpty(value) ? null : value;

    private async Task<EffortEntity> RequireEffortAsync(string federationId, string effortId, CancellationToken ct, bool tracked = true)
    {
        var query = tracked ? db.Efforts : db.Efforts.AsNoTracking();
        return await query.SingleOrDefaultAsync(e => e.FederationId == federationId && e.Id == effortId, ct)
            ?? throw GrpcErrors.NotFound(GrantsMapping.EffortName(federationId, effortId));
    }
}
