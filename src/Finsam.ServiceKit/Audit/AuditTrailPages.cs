using System.Globalization;
using Finsam.Contracts.Common.V1;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceDefaults.Security;
using Finsam.ServiceKit.Resources;
using Finsam.ServiceKit.Security;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;

namespace Finsam.ServiceKit.Audit;

// ListAuditRecords as every service answers it: the trail of the federation the access check
// resolved, or of one resource in it, oldest first, in pages.
public static class AuditTrailPages
{
    private static readonly ResourcePattern Federation = ResourcePattern.Of("federations/{federation}");

    public static async Task<ListAuditRecordsResponse> ListAsync(DbContext db, FederationScope federation, ListAuditRecordsRequest request, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        Federation.Parse(request.Parent, "parent", violations);
        var resource = AuditedResource.Parse(request.Resource, federation.FederationId, violations);
        var pageSize = Paging.PageSize(request.PageSize, violations);
        var after = Paging.Decode(request.PageToken, violations);
        long afterSequence = 0;
        if (after is not null && !long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out afterSequence))
        {
            violations.Add("page_token", ViolationReason.InvalidFormat, "Not a page token from a previous answer.");
        }
        violations.ThrowIfAny();

        var federationId = federation.FederationId;
        var records = db.Set<AuditRecordEntity>().AsNoTracking().Where(r => r.Federation == federationId && r.Sequence > afterSequence);
        if (resource is not null)
        {
            records = records.About(resource);
        }
        var page = await records
            .OrderBy(r => r.Sequence)
            .Take(pageSize + 1)
            .ToListAsync(cancellationToken);

        var response = new ListAuditRecordsResponse();
        response.Records.AddRange(page.Take(pageSize).Select(r => new AuditRecord
        {
            Sequence = r.Sequence,
            Time = Timestamp.FromDateTimeOffset(r.Time),
            Actor = r.Actor,
            Action = r.Action,
            Resource = r.Resource,
            BeforeJson = r.BeforeJson ?? "",
            AfterJson = r.AfterJson ?? "",
        }));
        if (page.Count > pageSize)
        {
            response.NextPageToken = Paging.Encode(page[pageSize - 1].Sequence.ToString(CultureInfo.InvariantCulture));
        }
        return response;
    }
}
