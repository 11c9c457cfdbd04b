using Finsam.Funding.Domain;
using Finsam.Funding.Grpc;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Data;
using Finsam.ServiceKit.Grpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Finsam.Funding.Data;

// A federation's income besides the members' contributions.
public sealed class OtherIncomeStore(FundingDbContext db, TimeProvider clock)
{
    // A retry with the same request id gets the first one back, even while racing it.
    public async Task<OtherIncomeEntity> CreateAsync(
        string federationId, int year, OtherIncomeKind kind, long amountOre, string note, string? requestId, ServerCallContext context)
    {
        var id = NewIds.Next();
        var name = FundingNames.OtherIncome.Format(federationId, id);
        var created = await db.CreateOnceAsync(
            requestId,
            o => o.FederationId == federationId && o.RequestId == requestId,
            name,
            () =>
            {
                var income = new OtherIncomeEntity
                {
                    FederationId = federationId,
                    Id = id,
                    Year = year,
                    Kind = kind,
                    AmountOre = amountOre,
                    Note = note,
                    RequestId = requestId,
                    CreateTime = clock.StoredNow(),
                };
                db.OtherIncome.Add(income);
                db.Record(context, clock, federationId, name, before: null, after: income.ToContract());
                return income;
            },
            context.CancellationToken);
        return created.Entity;
    }

    // From the first year to the last (null: every year), by year and then as recorded.
    public async Task<IReadOnlyList<OtherIncomeEntity>> ListAsync(string federationId, int? firstYear, int? lastYear, CancellationToken ct) =>
        await db.OtherIncome.AsNoTracking()
            .Where(o => o.FederationId == federationId
                && (firstYear == null || o.Year >= firstYear)
                && (lastYear == null || o.Year <= lastYear))
            .OrderBy(o => o.Year).ThenBy(o => o.CreateTime).ThenBy(o => o.Id)
            .ToListAsync(ct);

    public async Task DeleteAsync(string federationId, string id, ServerCallContext context)
    {
        var name = FundingNames.OtherIncome.Format(federationId, id);
        var income = await db.OtherIncome.SingleOrDefaultAsync(o => o.FederationId == federationId && o.Id == id, context.CancellationToken)
            ?? throw GrpcErrors.NotFound(name);
        db.OtherIncome.Remove(income);
        db.Record(context, clock, federationId, name, income.ToContract(), after: null);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
