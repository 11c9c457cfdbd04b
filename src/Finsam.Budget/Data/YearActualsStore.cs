using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Data;
using Finsam.ServiceKit.Grpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Data;

// Each financial year's actuals, one document per federation and year. An import replaces the
// year's actuals whole, in the audit trail with what it replaced; the same file again (by its
// hash) changes nothing and is not recorded again.
public sealed class YearActualsStore(BudgetDbContext db, TimeProvider clock)
{
    // A year nothing has been imported into has no actuals: an empty set, under its name.
    public async Task<Contract.YearActuals> GetAsync(string federation, int year, CancellationToken ct)
    {
        var entity = await db.YearActuals.AsNoTracking().SingleOrDefaultAsync(a => a.FederationId == federation && a.Year == year, ct);
        return entity is null ? new Contract.YearActuals { Name = Names.YearActuals.Format(federation, year) } : ToContract(entity);
    }

    public async Task<Contract.YearActuals> ReplaceAsync(ServerCallContext context, string federation, int year, Contract.YearActuals imported)
    {
        var ct = context.CancellationToken;
        var name = Names.YearActuals.Format(federation, year);
        imported.Name = name;
        var stored = await db.YearActuals.SingleOrDefaultAsync(a => a.FederationId == federation && a.Year == year, ct);
        var before = stored is null ? null : ToContract(stored);
        if (before?.Closing is not null)
        {
            throw GrpcErrors.FailedPrecondition(name, $"{year} is closed: its actuals are fixed until a regional administrator reopens it.", "YEAR_CLOSED");
        }
        if (before is not null && before.Equals(imported))
        {
            return before;
        }

        if (stored is null)
        {
            stored = new YearActualsEntity { FederationId = federation, Year = year, DocumentJson = "{}" };
            db.YearActuals.Add(stored);
        }
        stored.DocumentJson = StoredDocuments.Serialize(imported);
        db.Record(context, clock, federation, name, before, imported);
        // Two imports of the same year at once: the later, made without seeing the first, is
        // refused as Aborted (StoreErrorsInterceptor).
        await db.SaveChangesAsync(ct);
        return ToContract(stored);
    }

    internal static Contract.YearActuals ToContract(YearActualsEntity entity)
    {
        var actuals = StoredDocuments.Deserialize<Contract.YearActuals>(entity);
        actuals.Name = Names.YearActuals.Format(entity.FederationId, entity.Year);
        return actuals;
    }
}
