using Finsam.Funding.Grpc;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Data;
using Finsam.ServiceKit.Grpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Finsam.Funding.Data;

// The federations, the tenants. Every change is saved with its audit record, as the caller's.
public sealed class FederationStore(FundingDbContext db, TimeProvider clock)
{
    public async Task<FederationEntity> RequireAsync(string federationId, CancellationToken ct, bool tracked = false) =>
        await (tracked ? db.Federations : db.Federations.AsNoTracking()).SingleOrDefaultAsync(f => f.Id == federationId, ct)
        ?? throw GrpcErrors.NotFound(FundingNames.Federation.Format(federationId));

    public async Task EnsureExistsAsync(string federationId, CancellationToken ct)
    {
        if (!await db.Federations.AnyAsync(f => f.Id == federationId, ct))
        {
            throw GrpcErrors.NotFound(FundingNames.Federation.Format(federationId));
        }
    }

    // In id order; readable null means every federation.
    public async Task<Page<FederationEntity>> ListAsync(IReadOnlyCollection<string>? readable, string after, int pageSize, CancellationToken ct)
    {
        var ids = readable?.ToArray();
        var page = await db.Federations.AsNoTracking()
            .Where(f => ids == null || ids.Contains(f.Id))
            .Where(f => string.Compare(f.Id, after) > 0)
            .OrderBy(f => f.Id)
            .Take(pageSize + 1)
            .ToListAsync(ct);
        return new Page<FederationEntity>(page.Take(pageSize).ToList(), Paging.NextPageToken(page, pageSize, f => f.Id));
    }

    // A retry with the same request id gets the first federation back, even while racing it;
    // the same id without one is AlreadyExists.
    public async Task<FederationEntity> CreateAsync(string federationId, string? requestId, Action<FederationEntity> describe, ServerCallContext context)
    {
        var name = FundingNames.Federation.Format(federationId);
        var created = await db.CreateOnceAsync(
            requestId,
            // A federation is created by the regional body, outside any federation: its request ids are global.
            f => f.RequestId == requestId,
            name,
            () =>
            {
                var now = clock.StoredNow();
                var federation = new FederationEntity
                {
                    Id = federationId,
                    DisplayName = "",
                    RequestId = requestId,
                    CreateTime = now,
                    UpdateTime = now,
                };
                describe(federation);
                db.Federations.Add(federation);
                db.Record(context, clock, federationId, name, before: null, after: federation.ToContract());
                return federation;
            },
            context.CancellationToken);
        return created.Entity;
    }

    // Changes a tracked federation, provided the caller's etag (if any) is the stored one.
    public async Task<FederationEntity> UpdateAsync(FederationEntity federation, string etag, Action<FederationEntity> change, ServerCallContext context)
    {
        var name = FundingNames.Federation.Format(federation.Id);
        db.ExpectEtag(federation, f => f.Version, etag, name);
        var before = federation.ToContract();
        change(federation);
        federation.UpdateTime = clock.StoredNow();
        db.Record(context, clock, federation.Id, name, before, federation.ToContract());
        await db.SaveChangesAsync(context.CancellationToken);
        return federation;
    }

    // Allocations, other income, instalment plans or invoices: money on record that must stay.
    public async Task<bool> HasFundingAsync(string federationId, CancellationToken ct) =>
        await db.Allocations.AnyAsync(a => a.FederationId == federationId, ct)
        || await db.OtherIncome.AnyAsync(o => o.FederationId == federationId, ct)
        || await db.InstalmentPlans.AnyAsync(p => p.FederationId == federationId, ct)
        || await db.Invoices.AnyAsync(i => i.FederationId == federationId, ct);

    public async Task DeleteAsync(FederationEntity federation, string etag, ServerCallContext context)
    {
        var name = FundingNames.Federation.Format(federation.Id);
        db.ExpectEtag(federation, f => f.Version, etag, name);
        db.Record(context, clock, federation.Id, name, federation.ToContract(), after: null);
        db.Federations.Remove(federation);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
