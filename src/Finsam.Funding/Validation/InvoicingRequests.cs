using Finsam.Contracts.Funding.V1;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Resources;

namespace Finsam.Funding.Validation;

public sealed record InstalmentPlanSetting(int Year, InstalmentFrequency Frequency);

public sealed record InvoiceListing(int? Year, string? MemberId);

public sealed record PaymentRecord(string InvoiceId, long AmountOre, DateOnly PaidOn, string Reference, string RequestId);

// Instalment plans, the invoices they raise, and the payments against them.
public static class InvoicingRequests
{
    private const int MaxReferenceLength = 200;

    public static InstalmentPlanSetting Validate(SetInstalmentPlanRequest request, PlanYears years)
    {
        FieldViolations.ThrowWhen(request.InstalmentPlan is null, "instalment_plan", ViolationReason.Required, "Required.");
        var violations = new FieldViolations();
        var name = FundingNames.InstalmentPlan.Parse(request.InstalmentPlan!.Name, "instalment_plan.name", violations);
        if (name is not null)
        {
            years.Validate(name.Year, "instalment_plan.name", violations);
        }
        violations.AddWhen(request.InstalmentPlan.Frequency == InstalmentFrequency.Unspecified || !Enum.IsDefined(request.InstalmentPlan.Frequency),
            "instalment_plan.frequency", ViolationReason.Required, "Give the frequency: yearly, half-yearly or quarterly.");
        violations.ThrowIfAny();
        return new InstalmentPlanSetting(name!.Year, request.InstalmentPlan.Frequency);
    }

    public static int Validate(RaiseInvoicesRequest request) => FundingNames.InstalmentPlan.Parse(request.InstalmentPlan, "instalment_plan").Year;

    public static int Validate(GetOutstandingRequest request) => FundingNames.Outstanding.Parse(request.Name, "name").Year;

    public static InvoiceListing Validate(ListInvoicesRequest request, PlanYears years)
    {
        var violations = new FieldViolations();
        FederationRequests.ValidateParent(request.Parent, violations);
        if (request.Year != 0)
        {
            years.Validate(request.Year, "year", violations);
        }
        violations.ThrowIfAny();
        return new InvoiceListing(request.Year == 0 ? null : request.Year, request.MemberId.Length == 0 ? null : request.MemberId);
    }

    public static PaymentRecord Validate(RecordPaymentRequest request)
    {
        var violations = new FieldViolations();
        var invoice = FundingNames.Invoice.Parse(request.Invoice, "invoice", violations);
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
        // Required: a payment recorded twice must count once.
        RequestIds.Validate(request.RequestId, violations, required: true);
        violations.ThrowIfAny();
        return new PaymentRecord(invoice!["invoice"], request.Payment!.AmountOre, paidOn!.Value, request.Payment.Reference.Trim(), request.RequestId);
    }
}
