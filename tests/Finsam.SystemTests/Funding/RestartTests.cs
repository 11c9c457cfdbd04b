using Finsam.Contracts.Common.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.SystemTests.Infrastructure;

namespace Finsam.SystemTests.Funding;

[Collection(SystemCollection.Name)]
public sealed class RestartTests(FinsamSystem system)
{
    private static readonly string[] Projects = ["gateway", "funding", "identity"];

    [Fact]
    public async Task A_restart_of_the_whole_system_keeps_every_fact()
    {
        var funding = system.Funding;
        var id = Federations.NewId("kept");
        var parent = $"federations/{id}";
        await funding.CreateFederationAsync(new CreateFederationRequest { FederationId = id, Federation = Federations.Sundsvall() });
        await funding.CreateAllocationAsync(new CreateAllocationRequest { Parent = parent, Allocation = new Allocation { Year = 2022, StateAmountOre = 350_000_000 } });
        await funding.AnnounceAllocationAsync(new AnnounceAllocationRequest
        {
            Allocation = $"{parent}/allocations/2022",
            Announcement = new Announcement { Kind = AnnouncementKind.Decision, StateAmountOre = Federations.Sundsvall2022StateOre, AnnouncedOn = "2021-12-20", Source = "Beslut" },
        });
        await funding.SetCommitmentAsync(new SetCommitmentRequest { Commitment = new Commitment { Name = $"{parent}/allocations/2022/commitments/sundsvalls-kommun", CommittedOre = 184_450_000 } });
        await funding.CreateOtherIncomeAsync(new CreateOtherIncomeRequest { Parent = parent, OtherIncome = new OtherIncome { Year = 2022, Kind = OtherIncomeKind.Interest, AmountOre = 100, Note = "Ränta" } });
        await funding.SetInstalmentPlanAsync(new SetInstalmentPlanRequest { InstalmentPlan = new InstalmentPlan { Name = $"{parent}/instalmentPlans/2022", Frequency = InstalmentFrequency.HalfYearly } });
        var invoices = await funding.RaiseInvoicesAsync(new RaiseInvoicesRequest { InstalmentPlan = $"{parent}/instalmentPlans/2022" });
        await funding.RecordPaymentAsync(new RecordPaymentRequest { Invoice = invoices.Invoices[0].Name, Payment = new Payment { AmountOre = 1_000, PaidOn = "2022-01-15" }, RequestId = $"{id}-p" });
        var before = await FactsAsync(parent);

        try
        {
            foreach (var project in Projects)
            {
                await system.App.StopResourceAsync(project);
            }
            await system.App.StopResourceAsync("postgres");
        }
        finally
        {
            // Started again even when a stop failed: the other tests share this system.
            await system.App.StartResourceAsync("postgres");
            foreach (var project in Projects.Reverse())
            {
                await system.App.StartResourceAsync(project);
            }
        }
        await system.App.ResourceNotifications.WaitForResourceHealthyAsync("gateway").WaitAsync(FinsamSystem.StartLimit);

        Assert.Equal(before, await FactsAsync(parent));
    }

    // Everything funding knows of a federation, as text to compare.
    private async Task<string> FactsAsync(string parent)
    {
        var funding = system.Funding;
        return string.Join('\n',
            await funding.GetFederationAsync(new GetFederationRequest { Name = parent }),
            await funding.ListAllocationsAsync(new ListAllocationsRequest { Parent = parent }),
            await funding.ListAnnouncementsAsync(new ListAnnouncementsRequest { Parent = $"{parent}/allocations/2022" }),
            await funding.ListCommitmentsAsync(new ListCommitmentsRequest { Parent = $"{parent}/allocations/2022" }),
            await funding.GetContributionsAsync(new GetContributionsRequest { Name = $"{parent}/contributions/2022" }),
            await funding.ListOtherIncomeAsync(new ListOtherIncomeRequest { Parent = parent }),
            await funding.ListInvoicesAsync(new ListInvoicesRequest { Parent = parent }),
            await funding.GetOutstandingAsync(new GetOutstandingRequest { Name = $"{parent}/outstanding/2022" }),
            await funding.ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = parent, PageSize = 1000 }));
    }
}
