using Finsam.ServiceKit.Data;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Data;

// The board's financial goals, one document per federation.
public sealed class FinancialGoalsStore(BudgetDbContext db, TimeProvider clock)
{
    // Setting the goals replaces every one of them (there is no mask): all fields but the name.
    private static readonly string[] Replaced = Contract.FinancialGoals.Descriptor.Fields.InDeclarationOrder()
        .Select(f => f.Name)
        .Where(name => name != "name")
        .ToArray();

    // A federation that never set its goals has none: an empty set, under its name.
    public async Task<Contract.FinancialGoals> GetAsync(string federation, CancellationToken ct)
    {
        var entity = await db.FinancialGoals.AsNoTracking().SingleOrDefaultAsync(g => g.FederationId == federation, ct);
        return entity is null ? new Contract.FinancialGoals { Name = Names.FinancialGoals.Format(federation) } : ToContract(entity);
    }

    // The goals of each of the federations that set any, in one query.
    public async Task<IReadOnlyDictionary<string, Contract.FinancialGoals>> OfFederationsAsync(IReadOnlyCollection<string> federations, CancellationToken ct) =>
        (await db.FinancialGoals.AsNoTracking().Where(g => federations.Contains(g.FederationId)).ToListAsync(ct))
            .ToDictionary(g => g.FederationId, ToContract);

    // The goals as given, valid already: the first setting creates them, and the last one wins.
    public async Task<Contract.FinancialGoals> SetAsync(ServerCallContext context, string federation, Contract.FinancialGoals goals)
    {
        var ct = context.CancellationToken;
        var stored = await db.FinancialGoals.SingleOrDefaultAsync(g => g.FederationId == federation, ct);
        var entity = await db.UpdateDocumentAsync(
            new DocumentUpdate<FinancialGoalsEntity, Contract.FinancialGoals>(
                federation,
                Names.FinancialGoals.Format(federation),
                stored,
                goals,
                Mask: null,
                Etag: "",
                Replaced,
                ToContract,
                Validate: (_, _) => { },
                Create: () => new FinancialGoalsEntity { FederationId = federation, DocumentJson = "{}" })
            {
                AllowMissing = true,
            },
            context, clock, ct);
        return ToContract(entity);
    }

    private static Contract.FinancialGoals ToContract(FinancialGoalsEntity entity)
    {
        var goals = StoredDocuments.Deserialize<Contract.FinancialGoals>(entity);
        goals.Name = Names.FinancialGoals.Format(entity.FederationId);
        return goals;
    }
}
