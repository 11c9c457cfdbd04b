using Finsam.Funding.Data;
using Finsam.Funding.Domain;
using Finsam.Funding.Validation;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Contract = Finsam.Contracts.Funding.V1;

namespace Finsam.Funding.Grpc;

// Contributions invoiced in instalments, the payments against them, and what is outstanding.
public sealed partial class FundingService
{
    public override async Task<Contract.InstalmentPlan> SetInstalmentPlan(Contract.SetInstalmentPlanRequest request, ServerCallContext context)
    {
        var setting = InvoicingRequests.Validate(request, years);
        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        await federations.EnsureExistsAsync(federationId, ct);
        if (Invoicing.WhyNotChangePlan(setting.Year, await invoices.AnyRaisedAsync(federationId, setting.Year, ct)) is { } reason)
        {
            throw GrpcErrors.FailedPrecondition(FundingNames.InstalmentPlan.Format(federationId, setting.Year), reason);
        }

        var plan = await invoices.SetPlanAsync(federationId, setting.Year, setting.Frequency.ToDomain(), context);
        return plan.ToContract();
    }

    // Raises the plan's invoices not raised yet; raising again adds only what is missing.
    public override async Task<Contract.ListInvoicesResponse> RaiseInvoices(Contract.RaiseInvoicesRequest request, ServerCallContext context)
    {
        var year = InvoicingRequests.Validate(request);
        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        var federation = await federations.RequireAsync(federationId, ct);
        var plan = await invoices.FindPlanAsync(federationId, year, ct)
            ?? throw GrpcErrors.FailedPrecondition(FundingNames.InstalmentPlan.Format(federationId, year), $"No instalment plan for {year}; set one first.");
        var funded = await fundedAllocations.ReadAsync(federationId, year, year, ct);
        var contributions = Split(federation, RequireAllocation(federation, funded.SingleOrDefault(), year).Outcome(federation));

        var toRaise = Invoicing.ToRaise(year, plan.Frequency, contributions, await invoices.RaisedIdsAsync(federationId, year, ct));
        await invoices.RaiseAsync(federationId, year, toRaise, context);
        return InvoiceList(await invoices.ListAsync(federationId, year, memberId: null, ct));
    }

    public override async Task<Contract.ListInvoicesResponse> ListInvoices(Contract.ListInvoicesRequest request, ServerCallContext context)
    {
        var listing = InvoicingRequests.Validate(request, years);
        var federationId = context.FederationId();
        await federations.EnsureExistsAsync(federationId, context.CancellationToken);
        return InvoiceList(await invoices.ListAsync(federationId, listing.Year, listing.MemberId, context.CancellationToken));
    }

    // A payment of at most what is outstanding; the same request id counts once.
    public override async Task<Contract.Payment> RecordPayment(Contract.RecordPaymentRequest request, ServerCallContext context)
    {
        var payment = InvoicingRequests.Validate(request);
        var federationId = context.FederationId();
        await federations.EnsureExistsAsync(federationId, context.CancellationToken);

        var recorded = await RuleErrors.EnforceAsync(FundingNames.Invoice.Format(federationId, payment.InvoiceId), () => invoices.RecordPaymentAsync(
            federationId, payment, balance => balance.Pay(payment.AmountOre), context));
        return recorded.ToContract();
    }

    public override async Task<Contract.Outstanding> GetOutstanding(Contract.GetOutstandingRequest request, ServerCallContext context)
    {
        var year = InvoicingRequests.Validate(request);
        var federationId = context.FederationId();
        var federation = await federations.RequireAsync(federationId, context.CancellationToken);
        var raised = await invoices.ListAsync(federationId, year, memberId: null, context.CancellationToken);

        var balances = Invoicing.Balances(federation.Members, raised.Select(i => new MemberInvoice(i.MemberId, i.Balance())).ToList());
        return balances.ToContract(FundingNames.Outstanding.Format(federationId, year));
    }

    private static Contract.ListInvoicesResponse InvoiceList(IReadOnlyList<InvoiceEntity> listed)
    {
        var response = new Contract.ListInvoicesResponse();
        response.Invoices.AddRange(listed.Select(i => i.ToContract()));
        return response;
    }
}
