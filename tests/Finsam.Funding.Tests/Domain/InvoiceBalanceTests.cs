using Finsam.Funding.Domain;

namespace Finsam.Funding.Tests.Domain;

public sealed class InvoiceBalanceTests
{
    private static readonly InvoiceBalance Unpaid = new(46_112_500, 0);
    private static readonly InvoiceBalance PartlyPaid = new(46_112_500, 10_000_000);
    private static readonly InvoiceBalance Paid = new(46_112_500, 46_112_500);

    [Fact]
    public void An_invoice_stands_unpaid_partly_paid_or_paid()
    {
        Assert.Equal(InvoiceStanding.Unpaid, Unpaid.Standing);
        Assert.Equal(InvoiceStanding.PartlyPaid, PartlyPaid.Standing);
        Assert.Equal(InvoiceStanding.Paid, Paid.Standing);
        Assert.Equal(InvoiceStanding.Paid, new InvoiceBalance(0, 0).Standing);
        Assert.Equal(new InvoiceBalance(46_112_500, 10_000_001), InvoiceBalance.Of(46_112_500, [10_000_000, 1]));
    }

    public static TheoryData<InvoiceBalance, long, InvoiceStanding> LegalPayments => new()
    {
        { Unpaid, 1, InvoiceStanding.PartlyPaid },
        { Unpaid, 46_112_499, InvoiceStanding.PartlyPaid },
        { Unpaid, 46_112_500, InvoiceStanding.Paid },
        { PartlyPaid, 1, InvoiceStanding.PartlyPaid },
        { PartlyPaid, 36_112_500, InvoiceStanding.Paid },
    };

    [Theory]
    [MemberData(nameof(LegalPayments))]
    public void A_payment_of_at_most_what_is_outstanding_is_recorded(InvoiceBalance balance, long amountOre, InvoiceStanding after)
    {
        Assert.Null(balance.WhyNotPay(amountOre));

        var paid = balance.Pay(amountOre);

        Assert.Equal(balance.PaidOre + amountOre, paid.PaidOre);
        Assert.Equal(balance.OutstandingOre - amountOre, paid.OutstandingOre);
        Assert.Equal(after, paid.Standing);
    }

    public static TheoryData<InvoiceBalance, long> IllegalPayments => new()
    {
        // Over-payment.
        { Unpaid, 46_112_501 },
        { PartlyPaid, 36_112_501 },
        // Nothing is left to pay.
        { Paid, 1 },
        // Not a payment.
        { Unpaid, 0 },
        { PartlyPaid, -1 },
        { Paid, 0 },
    };

    [Theory]
    [MemberData(nameof(IllegalPayments))]
    public void Any_other_payment_is_refused_with_a_reason_and_changes_nothing(InvoiceBalance balance, long amountOre)
    {
        var reason = balance.WhyNotPay(amountOre);

        Assert.False(string.IsNullOrWhiteSpace(reason));
        var refused = Assert.Throws<FundingRuleException>(() => balance.Pay(amountOre));
        Assert.Equal(reason, refused.Message);
    }

    [Fact]
    public void An_over_payment_names_what_is_outstanding()
    {
        Assert.Equal("The payment of 36112501 öre is more than the 36112500 öre outstanding.", PartlyPaid.WhyNotPay(36_112_501));
    }
}
