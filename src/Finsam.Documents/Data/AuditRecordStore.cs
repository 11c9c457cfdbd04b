using Finsam.Contracts.Common.V1;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Security;

namespace Finsam.Documents.Data;

// The documents' audit trail, read as every service reads its own.
public sealed class AuditRecordStore(DocumentsDbContext db)
{
    public Task<ListAuditRecordsResponse> ListAsync(FederationScope federation, ListAuditRecordsRequest request, CancellationToken ct) =>
        AuditTrailPages.ListAsync(db, federation, request, ct);
}
