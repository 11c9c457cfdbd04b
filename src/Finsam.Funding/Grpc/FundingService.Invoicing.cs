using Finsam.Funding.Data;
using Finsam.Funding.Domain;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceDefaults.Security;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Contract = Finsam.Contracts.Funding.V1;

namespace Finsam.Funding.Grpc;

public sealed partial class FundingService
{
    private const int MaxReferenceLength = 200;

    public override async Task<Contract.InstalmentPlan> SetInstalmentPlan(Contract.SetInstalmentPlanRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        if (request.InstalmentPlan is null)
        {
            FieldViolations.Throw("instalment_plan", ViolationReason.Required, "Required.");
        }
        var key = ResourceNames.ParseYearChild(request.InstalmentPlan!.Name, "instalmentPlans", "instalment_plan.name", violations);
        if (key is { } parsed)
        {
            years.Validate(parsed.Year, "instalment_plan.name", violations);
        }
        violations.AddWhen(request.InstalmentPlan.Frequency == Contract.InstalmentFrequency.Unspecified || !Enum.IsDefined(request.InstalmentPlan.Frequency),
            "instalment_plan.frequency", ViolationReason.Required, "Give the frequency: yearly, half-yearly or quarterly.");
        violations.ThrowIfAny();

        var (_, year) = key!.Value;

        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        await RequireFederationAsync(federationId, ct);
        if (await db.Invoices.AnyAsync(i => i.FederationId == federationId && i.Year == year, ct))
        {
            throw GrpcErrors.FailedPrecondition(request.InstalmentPlan.Name, $"Invoices for {year} are already raised; the plan can no longer change.");
        }

        var entity = await db.InstalmentPlans.SingleOrDefaultAsync(p => p.FederationId == federationId && p.Year == year, ct);
        var before = entity is null ? null : ToContract(entity);
        if (entity is null)
        {
            entity = new InstalmentPlanEntity { FederationId = federationId, Year = year };
            db.InstalmentPlans.Add(entity);
        }
        entity.Frequency = (InstalmentFrequency)(int)request.InstalmentPlan.Frequency;
        var after = ToContract(entity);
        db.Record(context, clock, federationId, after.Name, before, after);
        await db.SaveChangesAsync(ct);
        return after;
    }

    public override async Task<Contract.ListInvoicesResponse> RaiseInvoices(Contract.RaiseInvoicesRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var key = ResourceNames.ParseYearChild(request.InstalmentPlan, "instalmentPlans", "instalment_plan", violations);
        violations.ThrowIfAny();

        var (_, year) = key!.Value;

        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        await RequireFederationAsync(federationId, ct);
        var plan = await db.InstalmentPlans.AsNoTracking().SingleOrDefaultAsync(p => p.FederationId == federationId && p.Year == year, ct)
            ?? throw GrpcErrors.FailedPrecondition(request.InstalmentPlan, $"No instalment plan for {year}; set one first.");
        var (breakdown, _, _, _) = await ComputeContributionsAsync(federationId, year, ct);

        var raised = await db.Invoices.Where(i => i.FederationId == federationId && i.Year == year).Select(i => i.Id).ToListAsync(ct);
        var now = clock.StoredNow();
        foreach (var line in breakdown.Members)
        {
            foreach (var instalment in Instalments.Schedule(year, plan.Frequency, line.AmountOre))
            {
                var id = $"{year}-{line.Member.MemberId}-{instalment.Number}";
                if (raised.Contains(id))
                {
                    continue;
                }
                var invoice = new InvoiceEntity
                {
                    FederationId = federationId,
                    Id = id,
                    Year = year,
                    MemberId = line.Member.MemberId,
                    Instalment = instalment.Number,
                    DueOn = instalment.DueDate,
                    AmountOre = instalment.AmountOre,
                    CreateTime = now,
                };
                db.Invoices.Add(invoice);
                var contract = invoice.ToContract();
                db.Record(context, clock, federationId, contract.Name, before: null, after: contract);
            }
        }
        await db.SaveChangesAsync(ct);
        return await InvoicesAsync(federationId, year, memberId: "", ct);
    }

    public override async Task<Contract.ListInvoicesResponse> ListInvoices(Contract.ListInvoicesRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        ResourceNames.ParseFederation(request.Parent, "parent", violations);
        var federationId = context.FederationId();
        if (request.Year != 0)
        {
            years.Validate(request.Year, "year", violations);
        }
        violations.ThrowIfAny();

        await RequireFederationAsync(federationId!, context.CancellationToken);
        return await InvoicesAsync(federationId!, request.Year, request.MemberId, context.CancellationToken);
    }

    public override async Task<Contract.Payment> RecordPayment(Contract.RecordPaymentRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var key = ResourceNames.ParseChild(request.Invoice, "invoices", "invoice", violations);
        DateOnly? paidOn = null;
        if (request.Payment is not { } payment)
        {
            violations.Add("payment", ViolationReason.Required, "Required.");
        }
        else
        {
            violations.AddWhen(payment.AmountOre <= 0, "payment.amount_ore", ViolationReason.OutOfRange, "A payment is more than zero.");
            paidOn = Dates.Parse(payment.PaidOn, "payment.paid_on", violations);
            violations.AddWhen(payment.Reference.Length > MaxReferenceLength, "payment.reference", ViolationReason.TooLong, $"At most {MaxReferenceLength} characters.");
        }
        violations.AddWhen(request.RequestId.Length == 0, "request_id", ViolationReason.Required, "Required, so that a payment recorded twice counts once.");
        ValidateRequestId(request.RequestId, violations);
        violations.ThrowIfAny();

        var (_, invoiceId) = key!.Value;

        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        await RequireFederationAsync(federationId, ct);
        if (await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.FederationId == federationId && p.RequestId == request.RequestId, ct) is { } earlier)
        {
            return earlier.ToContract();
        }
        var invoice = await db.Invoices.Include(i => i.Payments).SingleOrDefaultAsync(i => i.FederationId == federationId && i.Id == invoiceId, ct)
            ?? throw GrpcErrors.NotFound(request.Invoice);
        var outstanding = invoice.AmountOre - invoice.Payments.Sum(p => p.AmountOre);
        if (request.Payment!.AmountOre > outstanding)
        {
            throw GrpcErrors.FailedPrecondition(request.Invoice, $"The payment of {request.Payment.AmountOre} öre is more than the {outstanding} öre outstanding.");
        }

        var entity = new PaymentEntity
        {
            FederationId = federationId,
            InvoiceId = invoiceId,
            Id = Guid.NewGuid().ToString("N")[..12],
            AmountOre = request.Payment.AmountOre,
            PaidOn = paidOn!.Value,
            Reference = request.Payment.Reference.Trim(),
            RequestId = request.RequestId,
            CreateTime = clock.StoredNow(),
        };
        db.Payments.Add(entity);
        var created = entity.ToContract();
        db.Record(context, clock, federationId, created.Name, before: null, after: created);

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // The same payment, recorded at the same moment by a retry: it counts once.
            db.ChangeTracker.Clear();
            return (await db.Payments.AsNoTracking().SingleAsync(p => p.FederationId == federationId && p.RequestId == request.RequestId, ct)).ToContract();
        }
        return created;
    }

    public override async Task<Contract.Outstanding> GetOutstanding(Contract.GetOutstandingRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var key = ResourceNames.ParseYearChild(request.Name, "outstanding", "name", violations);
        violations.ThrowIfAny();

        var (_, year) = key!.Value;

        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        var federation = await RequireFederationAsync(federationId, ct);
        var invoices = await db.Invoices.AsNoTracking().Include(i => i.Payments)
            .Where(i => i.FederationId == federationId && i.Year == year)
            .ToListAsync(ct);

        var outstanding = new Contract.Outstanding { Name = request.Name };
        foreach (var member in federation.Members)
        {
            var theirs = invoices.Where(i => i.MemberId == member.MemberId).ToList();
            if (theirs.Count == 0)
            {
                continue;
            }
            var invoiced = theirs.Sum(i => i.AmountOre);
            var paid = theirs.Sum(i => i.Payments.Sum(p => p.AmountOre));
            outstanding.Members.Add(new Contract.MemberOutstanding
            {
                MemberId = member.MemberId,
                DisplayName = member.DisplayName,
                InvoicedOre = invoiced,
                PaidOre = paid,
                OutstandingOre = invoiced - paid,
            });
        }
        outstanding.InvoicedOre = outstanding.Members.Sum(m => m.InvoicedOre);
        outstanding.PaidOre = outstanding.Members.Sum(m => m.PaidOre);
        outstanding.OutstandingOre = outstanding.Members.Sum(m => m.OutstandingOre);
        return outstanding;
    }

    private async Task<Contract.ListInvoicesResponse> InvoicesAsync(string federationId, int year, string memberId, CancellationToken ct)
    {
        var invoices = await db.Invoices.AsNoTracking().Include(i => i.Payments)
            .Where(i => i.FederationId == federationId && (year == 0 || i.Year == year) && (memberId == "" || i.MemberId == memberId))
            .OrderBy(i => i.Year).ThenBy(i => i.MemberId).ThenBy(i => i.Instalment)
            .ToListAsync(ct);
        var response = new Contract.ListInvoicesResponse();
        response.Invoices.AddRange(invoices.Select(i => i.ToContract()));
        return response;
    }

    private static Contract.InstalmentPlan ToContract(InstalmentPlanEntity entity) => new()
    {
        Name = ResourceNames.InstalmentPlan(entity.FederationId, entity.Year),
        Frequency = (Contract.InstalmentFrequency)(int)entity.Frequency,
    };
}
