using Finsam.Budget.Data;
using Finsam.Contracts.Budget.V1;
using Finsam.FunctionalTesting.Security;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Finsam.Budget.Tests.Functional.Sundsvall;

namespace Finsam.Budget.Tests.Functional;

// An adopted version's report is computed once, at adoption, and stored with it: served as
// stored while the goals and what funding and grants hold are as they were, computed again
// (never served stale) once any of them has changed.
public sealed class AdoptedReportTests(BudgetHost host) : IClassFixture<BudgetHost>
{
    [Fact]
    public async Task An_adopted_version_is_served_as_stored_at_adoption()
    {
        var (id, name) = await AdoptedAsync();

        await MarkStoredReportAsync(id);
        var served = await host.Budget(Caller.ReaderOf(id)).ComputeBudgetAsync(new ComputeBudgetRequest { Name = name });

        Assert.Contains(served.Findings, f => f.Row == Marker);
        Assert.True(served.ComputedFromAdoptedInputs);
        Assert.Empty(served.ChangesSinceAdoption);
    }

    [Fact]
    public async Task Changed_goals_are_judged_on_the_adopted_figures_not_served_from_the_store()
    {
        var (id, name) = await AdoptedAsync();
        var budget = host.Budget(Caller.EditorOf(id));
        var stored = await budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = name });
        await MarkStoredReportAsync(id);

        var goals = Goals(id);
        goals.MinEquityOre = Tkr(900_000);
        await budget.SetFinancialGoalsAsync(new SetFinancialGoalsRequest { FinancialGoals = goals });
        var judged = await budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = name });

        Assert.DoesNotContain(judged.Findings, f => f.Row == Marker);
        Assert.Equal(stored.Years, judged.Years);
        Assert.NotEqual(stored.Goals, judged.Goals);
    }

    [Fact]
    public async Task A_change_in_funding_or_grants_since_adoption_is_reported_not_served_from_the_store()
    {
        var (id, name) = await AdoptedAsync();
        await MarkStoredReportAsync(id);

        host.Funding.SetContributions(id, 2023, ("Försäkringskassan", Tkr(3_800)), ("Region Västernorrland", Tkr(1_900)), ("Sundsvalls kommun", Tkr(1_900)));
        var afterFunding = await host.Budget(Caller.ReaderOf(id)).ComputeBudgetAsync(new ComputeBudgetRequest { Name = name });

        Assert.DoesNotContain(afterFunding.Findings, f => f.Row == Marker);
        Assert.Equal([(2023, "contributions")], afterFunding.ChangesSinceAdoption.Select(c => (c.Year, c.Figure)));

        var costs = EffortCosts(id);
        costs.Lines.Add(new Contracts.Grants.V1.EffortCostLine { Effort = $"federations/{id}/efforts/psykolog", Year = 2022, Description = "Psykolog, utökad tjänst", AmountOre = Tkr(100) });
        host.Grants.SetCosts(id, costs);
        var afterGrants = await host.Budget(Caller.ReaderOf(id)).ComputeBudgetAsync(new ComputeBudgetRequest { Name = name });

        Assert.Equal(2, afterGrants.ChangesSinceAdoption.Count);
    }

    // A finding no computation makes, so a report that holds it was served from the store.
    private const string Marker = "lagrad rapport";

    private async Task<(string Id, string Name)> AdoptedAsync()
    {
        var id = await host.SundsvallAsync();
        var name = $"federations/{id}/budgets/2022";
        await host.Budget(Caller.EditorOf(id)).AdoptBudgetAsync(new AdoptBudgetRequest { Name = name, AdoptedOn = "2021-11-26", ReferenceNumber = "Dnr 2021/50" });
        return (id, name);
    }

    private async Task MarkStoredReportAsync(string federationId)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BudgetDbContext>();
        var adopted = await db.AdoptedBudgets.SingleAsync(b => b.FederationId == federationId);
        var report = BudgetReport.Parser.ParseFrom(adopted.Report ?? throw new InvalidOperationException("No report was stored at adoption."));
        report.Findings.Add(new Finding { Row = Marker });
        var marked = report.ToByteArray();
        await db.AdoptedBudgets.Where(b => b.FederationId == federationId).ExecuteUpdateAsync(set => set.SetProperty(b => b.Report, marked));
    }
}
