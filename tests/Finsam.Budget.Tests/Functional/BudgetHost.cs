using Finsam.Contracts.Budget.V1;
using Finsam.FunctionalTesting.Hosting;
using Finsam.FunctionalTesting.Postgres;
using Finsam.FunctionalTesting.Security;

namespace Finsam.Budget.Tests.Functional;

// The budget service for one test class, on a database of its own, with funding and grants played by stand-ins.
public sealed class BudgetHost(TestPostgres postgres) : ServiceFixture<Program>(postgres, "budgetdb")
{
    public FundingStandIn Funding { get; } = new();

    public GrantsStandIn Grants { get; } = new();

    protected override void AddStandIns(StandIns standIns) => standIns.Add(Funding).Add(Grants);

    public BudgetService.BudgetServiceClient Budget(Caller caller) => new(As(caller));

    // The regional administrator, who may do anything anywhere.
    public BudgetService.BudgetServiceClient Budget() => Budget(Caller.RegionalAdministrator);

    // A federation that funding knows, with an id of its own so tests never collide.
    public string NewFederation(string organisationNumber = "")
    {
        var id = $"f-{Guid.NewGuid():N}"[..20];
        Funding.AddFederation(id, organisationNumber);
        return id;
    }

    // Sundsvall for 2022–2024 as funding and grants know it, its goals and its entered budget.
    public async Task<string> SundsvallAsync()
    {
        var id = NewFederation();
        foreach (var year in new[] { 2022, 2023, 2024 })
        {
            Funding.SetContributions(id, year, Sundsvall.MemberContributions);
        }
        Grants.SetCosts(id, Sundsvall.EffortCosts(id));
        var budget = Budget(Caller.EditorOf(id));
        await budget.SetFinancialGoalsAsync(new SetFinancialGoalsRequest { FinancialGoals = Sundsvall.Goals(id) });
        await budget.CreateBudgetAsync(new CreateBudgetRequest { Parent = $"federations/{id}", Budget = Sundsvall.Budget2022() });
        return id;
    }
}
