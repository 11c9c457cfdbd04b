using Finsam.Contracts.Budget.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Grpc.Core;
using static Finsam.Budget.Tests.Functional.Sundsvall;
using Grants = Finsam.Contracts.Grants.V1;

namespace Finsam.Budget.Tests.Functional;

// What is adopted stays adopted: the figures the board adopted are computed from what funding
// and grants said that day, whatever they say later; the difference is a reason to revise.
public sealed class AdoptedInputsTests(BudgetHost host) : IClassFixture<BudgetHost>
{
    [Fact]
    public async Task An_adopted_budget_keeps_its_figures_after_a_revised_allocation_and_a_changed_effort_cost_and_names_the_difference()
    {
        var id = await host.SundsvallAsync();
        var name = $"federations/{id}/budgets/2022";
        var budget = host.Budget(Caller.EditorOf(id));
        await budget.AdoptBudgetAsync(new AdoptBudgetRequest { Name = name, AdoptedOn = "2021-11-26", ReferenceNumber = "Dnr 2021/50" });
        var adopted = await budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = name });

        // Later: the state's allocation for 2023 is revised, and an effort costs more in 2022.
        host.Funding.SetContributions(id, 2023, ("Försäkringskassan", Tkr(3_800)), ("Region Västernorrland", Tkr(1_900)), ("Sundsvalls kommun", Tkr(1_900)));
        var costs = EffortCosts(id);
        costs.Lines.Add(new Grants.EffortCostLine { Effort = $"federations/{id}/efforts/psykolog", Year = 2022, Description = "Psykolog, utökad tjänst", AmountOre = Tkr(100) });
        host.Grants.SetCosts(id, costs);

        var again = await budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = name });

        Assert.True(again.ComputedFromAdoptedInputs);
        Assert.Equal(adopted.Years, again.Years);
        Assert.Equal(adopted.Goals, again.Goals);
        Assert.Equal(
            [
                (2022, "group:decided-efforts", Tkr(6_967), Tkr(7_067)),
                (2023, "contributions", Tkr(7_378), Tkr(7_600)),
            ],
            again.ChangesSinceAdoption.Select(c => (c.Year, c.Figure, c.AdoptedOre, c.CurrentOre)));

        // A revision is computed from today's figures; the adopted version still from its own.
        await budget.ReviseBudgetAsync(new ReviseBudgetRequest { Name = name });
        var revised = await budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = name });
        var version1 = await budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = name, Version = 1 });
        Assert.False(revised.ComputedFromAdoptedInputs);
        Assert.Empty(revised.ChangesSinceAdoption);
        Assert.Equal(Tkr(7_600), revised.Years.Single(y => y.Year == 2023).ContributionsOre);
        Assert.Equal((1, BudgetStatus.Adopted, true), (version1.Version, version1.Status, version1.ComputedFromAdoptedInputs));
        Assert.Equal(adopted.Years, version1.Years);
        Assert.Equal(2, version1.ChangesSinceAdoption.Count);
    }

    [Fact]
    public async Task A_version_that_was_never_adopted_is_not_found()
    {
        var id = await host.SundsvallAsync();

        await RpcAssert.FailsWith(StatusCode.NotFound, () => host.Budget().ComputeBudgetAsync(new ComputeBudgetRequest { Name = $"federations/{id}/budgets/2022", Version = 3 }).ResponseAsync);
        Assert.Equal(["version"], await RpcAssert.IsInvalid(() => host.Budget().ComputeBudgetAsync(new ComputeBudgetRequest { Name = $"federations/{id}/budgets/2022", Version = -1 }).ResponseAsync));
    }
}
