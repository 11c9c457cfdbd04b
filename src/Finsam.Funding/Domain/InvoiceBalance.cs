namespace Finsam.Funding.Domain;

public enum InvoiceStanding
{
    Unpaid,
    PartlyPaid,
    Paid,
}

// What an invoice asks for and what has been paid against it. A payment is more than zero
// and at most what is outstanding: a member may pay in parts, never more than it owes.
public sealed record InvoiceBalance(long InvoicedOre, long PaidOre)
{
    public long OutstandingOre => InvoicedOre - PaidOre;

    public InvoiceStanding Standing =>
        OutstandingOre <= 0 ? InvoiceStanding.Paid
        : PaidOre == 0 ? InvoiceStanding.Unpaid
        : InvoiceStanding.PartlyPaid;

    public static InvoiceBalance Of(long invoicedOre, IEnumerable<long> paymentsOre) => new(invoicedOre, paymentsOre.Sum());

    // Null when the payment can be recorded; otherwise why not.
    public string? WhyNotPay(long amountOre) =>
        amountOre <= 0 ? "A payment is more than zero."
        : Standing == InvoiceStanding.Paid ? $"The invoice is paid in full; the payment of {amountOre} öre is more than the 0 öre outstanding."
        : amountOre > OutstandingOre ? $"The payment of {amountOre} öre is more than the {OutstandingOre} öre outstanding."
        : null;

    public InvoiceBalance Pay(long amountOre) =>
        WhyNotPay(amountOre) is { } reason ? throw new FundingRuleException("payment.amount_ore", reason) : this with { PaidOre = PaidOre + amountOre };
}
