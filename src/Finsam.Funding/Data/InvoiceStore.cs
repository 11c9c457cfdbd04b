using Finsam.Funding.Domain;
using Finsam.Funding.Grpc;
using Finsam.Funding.Validation;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Data;
using Finsam.ServiceKit.Grpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Finsam.Funding.Data;

// Instalment plans, the invoices they raise and the payments against them.
public sealed class InvoiceStore(FundingDbContext db, TimeProvider clock)
{
    public Task<InstalmentPlanEntity?> FindPlanAsync(string federationId, int year, CancellationToken ct) =>
        db.InstalmentPlans.AsNoTracking().SingleOrDefaultAsync(p => p.FederationId == federationId && p.Year == year, ct);

    // Sets the year's plan, creating it the first time.
    public async Task<InstalmentPlanEntity> SetPlanAsync(string federationId, int year, InstalmentFrequency frequency, ServerCallContext context)
    {
        var plan = await db.InstalmentPlans.SingleOrDefaultAsync(p => p.FederationId == federationId && p.Year == year, context.CancellationToken);
        var before = plan?.ToContract();
        if (plan is null)
        {
            plan = new InstalmentPlanEntity { FederationId = federationId, Year = year };
            db.InstalmentPlans.Add(plan);
        }
        plan.Frequency = frequency;
        var after = plan.ToContract();
        db.Record(context, clock, federationId, after.Name, before, after);
        await db.SaveChangesAsync(context.CancellationToken);
        return plan;
    }

    public Task<bool> AnyRaisedAsync(string federationId, int year, CancellationToken ct) =>
        db.Invoices.AnyAsync(i => i.FederationId == federationId && i.Year == year, ct);

    public async Task<IReadOnlySet<string>> RaisedIdsAsync(string federationId, int year, CancellationToken ct) =>
        (await db.Invoices.Where(i => i.FederationId == federationId && i.Year == year).Select(i => i.Id).ToListAsync(ct)).ToHashSet();

    public async Task RaiseAsync(string federationId, int year, IReadOnlyList<PlannedInvoice> invoices, ServerCallContext context)
    {
        var now = clock.StoredNow();
        foreach (var planned in invoices)
        {
            var invoice = new InvoiceEntity
            {
                FederationId = federationId,
                Id = planned.Id,
                Year = year,
                MemberId = planned.MemberId,
                Instalment = planned.Instalment,
                DueOn = planned.DueOn,
                AmountOre = planned.AmountOre,
                CreateTime = now,
            };
            db.Invoices.Add(invoice);
            var raised = invoice.ToContract();
            db.Record(context, clock, federationId, raised.Name, before: null, after: raised);
        }
        await db.SaveChangesAsync(context.CancellationToken);
    }

    // By year, member and instalment, with their payments; null filters match everything.
    public async Task<IReadOnlyList<InvoiceEntity>> ListAsync(string federationId, int? year, string? memberId, CancellationToken ct) =>
        await db.Invoices.AsNoTracking().Include(i => i.Payments)
            .Where(i => i.FederationId == federationId && (year == null || i.Year == year) && (memberId == null || i.MemberId == memberId))
            .OrderBy(i => i.Year).ThenBy(i => i.MemberId).ThenBy(i => i.Instalment)
            .ToListAsync(ct);

    // Records a payment against an invoice once the invoice's balance allows it (decide throws
    // when not). A retry with the same request id gets the first payment back, even while
    // racing it, and counts once.
    public async Task<PaymentEntity> RecordPaymentAsync(string federationId, PaymentRecord payment, Action<InvoiceBalance> decide, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var invoice = await db.Invoices.AsNoTracking().Include(i => i.Payments)
            .SingleOrDefaultAsync(i => i.FederationId == federationId && i.Id == payment.InvoiceId, ct)
            ?? throw GrpcErrors.NotFound(FundingNames.Invoice.Format(federationId, payment.InvoiceId));
        var id = NewIds.Next();
        var name = FundingNames.Payment.Format(federationId, invoice.Id, id);
        var created = await db.CreateOnceAsync(
            payment.RequestId,
            p => p.FederationId == federationId && p.RequestId == payment.RequestId,
            name,
            () =>
            {
                decide(invoice.Balance());
                var recorded = new PaymentEntity
                {
                    FederationId = federationId,
                    InvoiceId = invoice.Id,
                    Id = id,
                    AmountOre = payment.AmountOre,
                    PaidOn = payment.PaidOn,
                    Reference = payment.Reference,
                    RequestId = payment.RequestId,
                    CreateTime = clock.StoredNow(),
                };
                db.Payments.Add(recorded);
                db.Record(context, clock, federationId, name, before: null, after: recorded.ToContract());
                return recorded;
            },
            ct);
        return created.Entity;
    }
}
