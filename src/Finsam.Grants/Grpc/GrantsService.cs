using Finsam.Contracts.Common.V1;
using Finsam.Grants.Dependencies;
using Finsam.Grants.Data;
using Finsam.ServiceKit.Resources;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Contract = Finsam.Contracts.Grants.V1;

namespace Finsam.Grants.Grpc;

// Effort grants over gRPC (and JSON), one file per concern. Each handler validates the
// request (Validation/), applies the rules (Domain/) through the stores (Data/), and maps
// the answer (GrantsMapping). The federation is always the one the access check resolved.
public sealed partial class GrantsService(
    EffortStore efforts,
    DecisionStore decisions,
    ReservationStore reservations,
    CostSourceStore costSources,
    FollowUpStore followUps,
    CatalogueStore catalogue,
    AuditRecordStore auditRecords,
    FederationDirectory federations,
    PlanYears years)
    : Contract.GrantsService.GrantsServiceBase
{
    public override Task<ListAuditRecordsResponse> ListAuditRecords(ListAuditRecordsRequest request, ServerCallContext context) =>
        auditRecords.ListAsync(context.Federation(), request, context.CancellationToken);
}
