using Finsam.Contracts.Funding.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Grpc.Core;

namespace Finsam.Funding.Tests.Functional;

// Instalment plans, the invoices they raise, payments against them, and what is outstanding.
public sealed class InvoicingTests(FundingHost host) : IClassFixture<FundingHost>
{
    [Fact]
    public async Task Quarterly_invoices_are_raised_once_however_often_asked()
    {
        var id = await host.SundsvallWith2022Async();
        var funding = host.Funding(Caller.EditorOf(id));
        await SetPlanAsync(funding, id, InstalmentFrequency.Quarterly);

        var raised = await funding.RaiseInvoicesAsync(new RaiseInvoicesRequest { InstalmentPlan = $"federations/{id}/instalmentPlans/2022" });
        var again = await funding.RaiseInvoicesAsync(new RaiseInvoicesRequest { InstalmentPlan = $"federations/{id}/instalmentPlans/2022" });

        Assert.Equal(12, raised.Invoices.Count);
        Assert.Equal(raised.Invoices, again.Invoices);
        Assert.Equal(raised.Invoices, (await funding.ListInvoicesAsync(new ListInvoicesRequest { Parent = $"federations/{id}" })).Invoices);
        var kommun = raised.Invoices.Where(i => i.MemberId == "sundsvalls-kommun").ToList();
        Assert.Equal([46_112_500L, 46_112_500L, 46_112_500L, 46_112_500L], kommun.Select(i => i.AmountOre));
        Assert.Equal(["2022-01-31", "2022-04-30", "2022-07-31", "2022-10-31"], kommun.Select(i => i.DueOn));
    }

    [Fact]
    public async Task Payments_give_what_is_outstanding_with_a_duplicate_counted_once_and_an_overpayment_refused()
    {
        var id = await host.SundsvallWith2022Async();
        var funding = host.Funding(Caller.EditorOf(id));
        await SetPlanAsync(funding, id, InstalmentFrequency.Quarterly);
        var raised = await funding.RaiseInvoicesAsync(new RaiseInvoicesRequest { InstalmentPlan = $"federations/{id}/instalmentPlans/2022" });
        var kommun = raised.Invoices.Where(i => i.MemberId == "sundsvalls-kommun").ToList();

        var payment = new RecordPaymentRequest
        {
            Invoice = kommun[0].Name,
            Payment = new Payment { AmountOre = 46_112_500, PaidOn = "2022-01-28", Reference = "BG 123-4567" },
            RequestId = $"{id}-payment-1",
        };
        var first = await funding.RecordPaymentAsync(payment);
        var duplicate = await funding.RecordPaymentAsync(payment);
        await funding.RecordPaymentAsync(new RecordPaymentRequest
        {
            Invoice = raised.Invoices.First(i => i.MemberId == "region-vasternorrland").Name,
            Payment = new Payment { AmountOre = 10_000_000, PaidOn = "2022-02-03" },
            RequestId = $"{id}-payment-2",
        });

        Assert.Equal(first, duplicate);
        var outstanding = await host.Funding(Caller.ReaderOf(id)).GetOutstandingAsync(new GetOutstandingRequest { Name = $"federations/{id}/outstanding/2022" });
        Assert.Equal(
            [
                ("forsakringskassan", 368_900_000L, 0L, 368_900_000L),
                ("region-vasternorrland", 184_450_000L, 10_000_000L, 174_450_000L),
                ("sundsvalls-kommun", 184_450_000L, 46_112_500L, 138_337_500L),
            ],
            outstanding.Members.Select(m => (m.MemberId, m.InvoicedOre, m.PaidOre, m.OutstandingOre)));
        Assert.Equal(737_800_000 - 56_112_500, outstanding.OutstandingOre);

        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => funding.RecordPaymentAsync(new RecordPaymentRequest
        {
            Invoice = kommun[0].Name,
            Payment = new Payment { AmountOre = 1, PaidOn = "2022-03-01" },
            RequestId = $"{id}-overpaid",
        }).ResponseAsync);
        var violations = await RpcAssert.IsInvalid(() => funding.RecordPaymentAsync(new RecordPaymentRequest
        {
            Invoice = kommun[1].Name,
            Payment = new Payment { AmountOre = 0, PaidOn = "2022-02-30" },
        }).ResponseAsync);
        Assert.Equal(["payment.amount_ore", "payment.paid_on", "request_id"], violations);
        Assert.Equal(outstanding, await funding.GetOutstandingAsync(new GetOutstandingRequest { Name = $"federations/{id}/outstanding/2022" }));
    }

    [Fact]
    public async Task Invoices_need_a_plan_first()
    {
        var id = await host.SundsvallWith2022Async();

        var failure = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => host.Funding().RaiseInvoicesAsync(new RaiseInvoicesRequest { InstalmentPlan = $"federations/{id}/instalmentPlans/2022" }).ResponseAsync);

        Assert.Contains("2022", failure.Status.Detail);
        Assert.Empty((await host.Funding().ListInvoicesAsync(new ListInvoicesRequest { Parent = $"federations/{id}" })).Invoices);
    }

    private static async Task SetPlanAsync(FundingService.FundingServiceClient funding, string id, InstalmentFrequency frequency) =>
        await funding.SetInstalmentPlanAsync(new SetInstalmentPlanRequest
        {
            InstalmentPlan = new InstalmentPlan { Name = $"federations/{id}/instalmentPlans/2022", Frequency = frequency },
        });
}
