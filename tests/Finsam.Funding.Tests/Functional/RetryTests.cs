using Finsam.Contracts.Funding.V1;
using Finsam.FunctionalTesting.Security;

namespace Finsam.Funding.Tests.Functional;

// A client that lost an answer sends the same request again, perhaps several times at once:
// whichever arrives first creates, every other gets the original.
public sealed class RetryTests(FundingHost host) : IClassFixture<FundingHost>
{
    private const int Racers = 8;

    [Fact]
    public async Task Racing_retries_of_a_create_with_one_request_id_all_get_the_original()
    {
        var id = await host.SundsvallAsync();
        var parent = $"federations/{id}";
        var allocation = $"{parent}/allocations/2022";
        var funding = host.Funding(Caller.EditorOf(id));
        await host.Funding().CreateAllocationAsync(new CreateAllocationRequest
        {
            Parent = parent,
            Allocation = new Allocation { Year = 2022, StateAmountOre = 350_000_000, Status = AllocationStatus.Preliminary },
        });
        await funding.SetInstalmentPlanAsync(new SetInstalmentPlanRequest
        {
            InstalmentPlan = new InstalmentPlan { Name = $"{parent}/instalmentPlans/2022", Frequency = InstalmentFrequency.Yearly },
        });
        var invoice = (await funding.RaiseInvoicesAsync(new RaiseInvoicesRequest { InstalmentPlan = $"{parent}/instalmentPlans/2022" })).Invoices[0];
        var income = new CreateOtherIncomeRequest
        {
            Parent = parent,
            OtherIncome = new OtherIncome { Year = 2022, Kind = OtherIncomeKind.Interest, AmountOre = 100 },
            RequestId = $"{id}-income",
        };
        var decision = new AnnounceAllocationRequest
        {
            Allocation = allocation,
            Announcement = new Announcement { Kind = AnnouncementKind.Decision, StateAmountOre = Federations.Sundsvall2022StateOre, AnnouncedOn = "2021-12-20" },
            RequestId = $"{id}-decision",
        };
        var payment = new RecordPaymentRequest
        {
            Invoice = invoice.Name,
            Payment = new Payment { AmountOre = invoice.AmountOre, PaidOn = "2022-01-28" },
            RequestId = $"{id}-payment",
        };

        var incomes = await Race(() => funding.CreateOtherIncomeAsync(income).ResponseAsync);
        var decided = await Race(() => funding.AnnounceAllocationAsync(decision).ResponseAsync);
        var payments = await Race(() => funding.RecordPaymentAsync(payment).ResponseAsync);

        Assert.Single(incomes.Distinct());
        Assert.Single((await funding.ListOtherIncomeAsync(new ListOtherIncomeRequest { Parent = parent })).OtherIncome);
        Assert.Single(decided.Distinct());
        Assert.Equal(AllocationStatus.Decided, decided[0].Status);
        Assert.Equal(2, (await funding.ListAnnouncementsAsync(new ListAnnouncementsRequest { Parent = allocation })).Announcements.Count);
        Assert.Single(payments.Distinct());
        var outstanding = await funding.GetOutstandingAsync(new GetOutstandingRequest { Name = $"{parent}/outstanding/2022" });
        Assert.Equal(invoice.AmountOre, outstanding.PaidOre);
    }

    private static Task<T[]> Race<T>(Func<Task<T>> call) => Task.WhenAll(Enumerable.Range(0, Racers).Select(_ => Task.Run(call)));
}
