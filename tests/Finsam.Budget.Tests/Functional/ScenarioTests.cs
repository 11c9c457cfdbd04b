using Finsam.Contracts.Budget.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using static Finsam.Budget.Tests.Functional.Sundsvall;

namespace Finsam.Budget.Tests.Functional;

// A what-if beside the budget, which itself never changes.
public sealed class ScenarioTests(BudgetHost host) : IClassFixture<BudgetHost>
{
    [Fact]
    public async Task A_scenario_is_computed_beside_the_budget_and_changes_nothing()
    {
        var id = await host.SundsvallAsync();
        var name = $"federations/{id}/budgets/2022";
        var budget = host.Budget(Caller.ReaderOf(id));
        var before = await budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = name });

        var comparison = await budget.CompareScenarioAsync(new CompareScenarioRequest
        {
            Name = name,
            DisplayName = "Lägre tilldelning 2023",
            Changes =
            {
                new ScenarioChange { Target = ScenarioTarget.Income, Key = "Försäkringskassan", Year = 2023, DeltaOre = -Tkr(200) },
                new ScenarioChange { Target = ScenarioTarget.CostGroup, Key = "new-efforts", Year = 2023, DeltaOre = -Tkr(150) },
            },
        });

        Assert.Equal("Lägre tilldelning 2023", comparison.DisplayName);
        Assert.Equal([(2022, 0L, 0L), (2023, -Tkr(200), -Tkr(50)), (2024, 0L, -Tkr(50))], comparison.Differences.Select(d => (d.Year, d.IncomeOre, d.EquityOre)));
        Assert.Equal(before, comparison.Base);
        Assert.Equal(Tkr(527), comparison.Variant.Years[2].EquityOre);
        Assert.Equal(before, await budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = name }));
    }

    [Fact]
    public async Task A_change_to_a_group_the_budget_lacks_or_outside_its_years_is_refused()
    {
        var id = await host.SundsvallAsync();
        var name = $"federations/{id}/budgets/2022";

        var unknownGroup = await RpcAssert.IsInvalidWithReasons(() => host.Budget().CompareScenarioAsync(new CompareScenarioRequest
        {
            Name = name,
            Changes = { new ScenarioChange { Target = ScenarioTarget.CostGroup, Key = "finns-inte", Year = 2023, DeltaOre = 1 } },
        }).ResponseAsync);
        var badChange = await RpcAssert.IsInvalidWithReasons(() => host.Budget().CompareScenarioAsync(new CompareScenarioRequest
        {
            Name = name,
            Changes = { new ScenarioChange { Target = ScenarioTarget.Unspecified, Key = "", Year = 2025, DeltaOre = 1 } },
        }).ResponseAsync);
        var none = await RpcAssert.IsInvalidWithReasons(() => host.Budget().CompareScenarioAsync(new CompareScenarioRequest { Name = name }).ResponseAsync);

        Assert.Equal([("changes[0].key", "INVALID_VALUE")], unknownGroup);
        Assert.Equal([("changes[0].target", "INVALID_VALUE"), ("changes[0].year", "INVALID_VALUE"), ("changes[0].key", "REQUIRED")], badChange);
        Assert.Equal([("changes", "TOO_MANY")], none);
    }
}
