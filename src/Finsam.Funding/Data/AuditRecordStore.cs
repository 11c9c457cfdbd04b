using Finsam.Contracts.Common.V1;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Security;

namespace Finsam.Funding.Data;

// Funding's audit trail, read as every service reads its own.
public sealed class AuditRecordStore(FundingDbContext db)
{
    public Task<ListAuditRecordsResponse> ListAsync(FederationScope federation, ListAuditRecordsRequest request, CancellationToken ct) =>
        AuditTrailPages.ListAsync(db, federation, request, ct);

    // The version of the federation's data here, for an answer others may keep and reuse.
    public Task<string> DataVersionAsync(string federation, CancellationToken ct) =>
        FederationDataVersion.OfAsync(db, federation, ct);

    public Task<IReadOnlyDictionary<string, string>> DataVersionsAsync(IReadOnlyCollection<string> federations, CancellationToken ct) =>
        FederationDataVersion.OfManyAsync(db, federations, ct);
}
