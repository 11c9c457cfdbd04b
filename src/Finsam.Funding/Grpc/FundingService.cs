using Finsam.Contracts.Common.V1;
using Finsam.Funding.Data;
using Finsam.Funding.Validation;
using Finsam.ServiceKit.Resources;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Contract = Finsam.Contracts.Funding.V1;

namespace Finsam.Funding.Grpc;

// Member funding over gRPC (and JSON, transcoded). Each handler validates its request
// (Validation/), calls the rules (Domain/) and the stores (Data/), and maps the answer
// (ContractMapping). The methods of each resource are in a file of their own:
// FundingService.Federations.cs, .Allocations.cs, .Contributions.cs and so on.
public sealed partial class FundingService(
    FederationStore federations,
    AllocationStore allocations,
    FundedAllocationStore fundedAllocations,
    CommitmentStore commitments,
    OtherIncomeStore otherIncome,
    IncomeSourceStore incomeSources,
    InvoiceStore invoices,
    AuditRecordStore auditRecords,
    PlanYears years)
    : Contract.FundingService.FundingServiceBase
{
    public override async Task<ListAuditRecordsResponse> ListAuditRecords(ListAuditRecordsRequest request, ServerCallContext context)
    {
        FederationRequests.Validate(request);
        var federation = context.Federation();
        await federations.EnsureExistsAsync(federation.FederationId, context.CancellationToken);
        return await auditRecords.ListAsync(federation, request, context.CancellationToken);
    }
}
