using Finsam.Contracts.Common.V1;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Security;

namespace Finsam.Documents.Data;

// The documents' audit trail, as every service lists it.
public sealed class AuditStore(DocumentsDbContext db)
{
    public Task<ListAuditRecordsResponse> ListAsync(FederationScope federation, ListAuditRecordsRequest request, CancellationToken ct) =>
        AuditTrailPages.ListAsync(db, federation, request, ct);
}
