using Finsam.ServiceKit.Data;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Data;

// Each federation's mapping from accounts and objects to its budget, one document each.
public sealed class ActualsMappingStore(BudgetDbContext db, TimeProvider clock)
{
    private static readonly string[] Replaced = ["accounts", "objects"];

    // A federation that never set a mapping has an empty one: every amount is then unmapped.
    public async Task<Contract.ActualsMapping> GetAsync(string federation, CancellationToken ct)
    {
        var entity = await db.ActualsMappings.AsNoTracking().SingleOrDefaultAsync(m => m.FederationId == federation, ct);
        return entity is null ? new Contract.ActualsMapping { Name = Names.ActualsMapping.Format(federation) } : ToContract(entity);
    }

    // The mapping as given, valid already; the first setting creates it, the last one wins.
    public async Task<Contract.ActualsMapping> SetAsync(ServerCallContext context, string federation, Contract.ActualsMapping mapping)
    {
        var ct = context.CancellationToken;
        var stored = await db.ActualsMappings.SingleOrDefaultAsync(m => m.FederationId == federation, ct);
        var entity = await db.UpdateDocumentAsync(
            new DocumentUpdate<ActualsMappingEntity, Contract.ActualsMapping>(
                federation,
                Names.ActualsMapping.Format(federation),
                stored,
                mapping,
                Mask: null,
                Etag: "",
                Replaced,
                ToContract,
                Validate: (_, _) => { },
                Create: () => new ActualsMappingEntity { FederationId = federation, DocumentJson = "{}" })
            {
                AllowMissing = true,
            },
            context, clock, ct);
        return ToContract(entity);
    }

    private static Contract.ActualsMapping ToContract(ActualsMappingEntity entity)
    {
        var mapping = StoredDocuments.Deserialize<Contract.ActualsMapping>(entity);
        mapping.Name = Names.ActualsMapping.Format(entity.FederationId);
        return mapping;
    }
}
