using Finsam.ServiceKit.Data;
using Finsam.ServiceKit.Grpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Contract = Finsam.Contracts.Documents.V1;

namespace Finsam.Documents.Data;

// A federation's document templates: one stored document per federation and kind (plan,
// annual report), created by its first update (allow_missing).
public sealed class TemplateStore(DocumentsDbContext db, TimeProvider clock)
{
    // Every field the federation writes: read from the contract, so a field added to the
    // template is stored from the day it is added.
    private static readonly string[] Updatable = [.. Contract.DocumentTemplate.Descriptor.Fields.InDeclarationOrder()
        .Select(field => field.Name)
        .Except(["name", "etag", "update_time"])];

    public async Task<Contract.DocumentTemplate?> FindAsync(string federationId, Contract.DocumentKind kind, CancellationToken ct)
    {
        var entity = await db.Templates.AsNoTracking().SingleOrDefaultAsync(t => t.FederationId == federationId && t.Kind == kind, ct);
        return entity is null ? null : DocumentMapping.ToContract(entity);
    }

    public async Task<Contract.DocumentTemplate> UpdateAsync(
        string federationId,
        Contract.DocumentKind kind,
        Contract.UpdateDocumentTemplateRequest request,
        Action<Contract.DocumentTemplate, FieldViolations> validate,
        ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var stored = await db.Templates.SingleOrDefaultAsync(t => t.FederationId == federationId && t.Kind == kind, ct);
        var update = new DocumentUpdate<DocumentTemplateEntity, Contract.DocumentTemplate>(
            federationId,
            DocumentNames.TemplateOf(kind).Format(federationId),
            stored,
            request.Template,
            request.UpdateMask,
            request.Template.Etag,
            Updatable,
            DocumentMapping.ToContract,
            validate,
            () => new DocumentTemplateEntity { FederationId = federationId, Kind = kind, DocumentJson = "" })
        {
            AllowMissing = request.AllowMissing,
            Touch = entity => entity.UpdateTime = clock.StoredNow(),
        };
        return DocumentMapping.ToContract(await db.UpdateDocumentAsync(update, context, clock, ct));
    }
}
