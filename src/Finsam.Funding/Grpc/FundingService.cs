using Finsam.Contracts.Common.V1;
using Finsam.Funding.Data;
using Finsam.Funding.Validation;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceDefaults.Security;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Contract = Finsam.Contracts.Funding.V1;

namespace Finsam.Funding.Grpc;

// Member funding over gRPC (and JSON, transcoded). Each resource's methods are in a
// file of their own: FundingService.Federations.cs, .Allocations.cs, .Contributions.cs.
public sealed partial class FundingService(FundingDbContext db, TimeProvider clock, YearRange years)
    : Contract.FundingService.FundingServiceBase
{
    private const int MaxRequestIdLength = 128;

    public override async Task<ListAuditRecordsResponse> ListAuditRecords(ListAuditRecordsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        ResourceNames.ParseFederation(request.Parent, "parent", violations);
        var federationId = context.FederationId();
        violations.ThrowIfAny();

        await RequireFederationAsync(federationId!, context.CancellationToken);
        return await AuditTrailPages.ListAsync(db, context.Federation(), request, context.CancellationToken);
    }


    private async Task<FederationEntity> RequireFederationAsync(string federationId, CancellationToken cancellationToken) =>
        await db.Federations.SingleOrDefaultAsync(f => f.Id == federationId, cancellationToken)
            ?? throw GrpcErrors.NotFound(ResourceNames.Federation(federationId));

    private static void ValidateRequestId(string requestId, FieldViolations violations) =>
        violations.AddWhen(requestId.Length > MaxRequestIdLength, "request_id", ViolationReason.TooLong, $"At most {MaxRequestIdLength} characters.");
}
