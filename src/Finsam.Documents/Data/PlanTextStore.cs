using Finsam.ServiceKit.Data;
using Finsam.ServiceKit.Grpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Contract = Finsam.Contracts.Documents.V1;

namespace Finsam.Documents.Data;

// A federation's narrative text for one year's plan or annual report: one stored document per
// kind and year, created by its first update (allow_missing).
public sealed class PlanTextStore(DocumentsDbContext db, TimeProvider clock)
{
    private static readonly string[] Updatable = ["sections", "signatories", "signing_place_and_date"];

    public async Task<Contract.PlanText?> FindAsync(string federationId, Contract.DocumentKind kind, int year, CancellationToken ct)
    {
        var entity = await db.PlanTexts.AsNoTracking().SingleOrDefaultAsync(t => t.FederationId == federationId && t.Kind == kind && t.Year == year, ct);
        return entity is null ? null : DocumentMapping.ToContract(entity);
    }

    public async Task<Contract.PlanText> UpdateAsync(
        string federationId,
        Contract.DocumentKind kind,
        int year,
        Contract.UpdatePlanTextRequest request,
        Action<Contract.PlanText, FieldViolations> validate,
        ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var stored = await db.PlanTexts.SingleOrDefaultAsync(t => t.FederationId == federationId && t.Kind == kind && t.Year == year, ct);
        var update = new DocumentUpdate<PlanTextEntity, Contract.PlanText>(
            federationId,
            DocumentNames.TextOf(kind).Format(federationId, year),
            stored,
            request.PlanText,
            request.UpdateMask,
            request.PlanText.Etag,
            Updatable,
            DocumentMapping.ToContract,
            validate,
            () => new PlanTextEntity { FederationId = federationId, Kind = kind, Year = year, DocumentJson = "" })
        {
            AllowMissing = request.AllowMissing,
            Touch = entity => entity.UpdateTime = clock.StoredNow(),
        };
        return DocumentMapping.ToContract(await db.UpdateDocumentAsync(update, context, clock, ct));
    }
}
