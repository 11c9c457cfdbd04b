using Finsam.Contracts.Common.V1;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Security;

namespace Finsam.Budget.Data;

// The federation's budget audit trail, as every service pages it.
public sealed class AuditTrailStore(BudgetDbContext db)
{
    public Task<ListAuditRecordsResponse> ListAsync(FederationScope federation, ListAuditRecordsRequest request, CancellationToken ct) =>
        AuditTrailPages.ListAsync(db, federation, request, ct);
}
