using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.SystemTests.Infrastructure;

namespace Finsam.SystemTests.Budget;

// What the board adopted stays adopted, across the services: after Försäkringskassan revises
// the allocation and the board decides a new amount for an effort, the adopted budget computes
// to the same figures, and says what funding and grants now say differently.
[Collection(SystemCollection.Name)]
public sealed class AdoptedBudgetTests(FinsamSystem system)
{
    [Fact]
    public async Task An_adopted_budget_keeps_its_figures_after_a_revised_allocation_and_a_new_decision_and_reports_the_difference()
    {
        var id = await NorrvikBudget.SetUpAsync(system);
        var parent = $"federations/{id}";
        var name = $"{parent}/budgets/{NorrvikBudget.Year}";
        var adopted = await system.Budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = name });

        await system.Funding.AnnounceAllocationAsync(new AnnounceAllocationRequest
        {
            Allocation = $"{parent}/allocations/{NorrvikBudget.Year}",
            Announcement = new Announcement { Kind = AnnouncementKind.Revision, StateAmountOre = 2_200_000_00, AnnouncedOn = "2026-03-02", Source = "Försäkringskassans ändrade beslut" },
        });
        await system.Grants.CreateDecisionAsync(new CreateDecisionRequest
        {
            Parent = parent,
            Decision = new Decision
            {
                DecidedOn = "2026-02-20", ReferenceNumber = "2026/4", Effort = $"{parent}/efforts/steget-vidare",
                Granted = { new GrantedYear { Year = NorrvikBudget.Year, AmountOre = 1_500_000_00 } },
            },
        });
        var after = await system.Budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = name });

        Assert.True(after.ComputedFromAdoptedInputs);
        Assert.Equal(adopted.Years, after.Years);
        Assert.Equal(adopted.Goals, after.Goals);
        Assert.Equal(
            [
                ("contributions", 4_300_000_00L, 4_400_000_00L),
                ("group:insatser", 3_550_000_00L, 3_570_000_00L),
            ],
            after.ChangesSinceAdoption.Select(c => (c.Figure, c.AdoptedOre, c.CurrentOre)));
    }
}
