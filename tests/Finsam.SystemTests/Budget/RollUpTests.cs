using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.SystemTests.Infrastructure;

namespace Finsam.SystemTests.Budget;

// The regional roll-up with the real funding and grants (asked once each for every
// federation): each federation's row says what its own computation says, also after a change
// in funding, and a federation funding has no income for is named with the reason.
[Collection(SystemCollection.Name)]
public sealed class RollUpTests(FinsamSystem system)
{
    [Fact]
    public async Task Each_federations_row_is_its_own_computation_and_one_without_income_is_named()
    {
        var (a, b) = (await SundsvallBudget.SetUpAsync(system), await SundsvallBudget.SetUpAsync(system));
        var withoutIncome = Federations.NewId("utan");
        await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = withoutIncome, Federation = Federations.Sundsvall() });
        await system.Budget.CreateBudgetAsync(new CreateBudgetRequest
        {
            Parent = $"federations/{withoutIncome}",
            Budget = new Finsam.Contracts.Budget.V1.Budget { FirstYear = 2022, PlanYears = 1 },
        });

        await AssertRowsAreComputationsAsync(a, b);
        await system.Funding.CreateOtherIncomeAsync(new CreateOtherIncomeRequest
        {
            Parent = $"federations/{b}",
            OtherIncome = new OtherIncome { Year = 2022, Kind = OtherIncomeKind.Interest, AmountOre = 123_400 },
        });
        await AssertRowsAreComputationsAsync(a, b);

        var rollUp = await system.Budget.RollUpAsync(new RollUpRequest { Year = 2022 });
        var problem = rollUp.Federations.Single(f => f.Budget == $"federations/{withoutIncome}/budgets/2022").Problem;
        Assert.Contains("No state allocation is recorded for 2022", problem);
    }

    private async Task AssertRowsAreComputationsAsync(params string[] federations)
    {
        var rollUp = await system.Budget.RollUpAsync(new RollUpRequest { Year = 2022 });
        foreach (var federation in federations)
        {
            var report = await system.Budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = $"federations/{federation}/budgets/2022" });
            var year = report.Years.Single(y => y.Year == 2022 && !y.Forecast);
            var row = rollUp.Federations.Single(f => f.Budget == report.Budget);
            Assert.Equal("", row.Problem);
            Assert.Equal((year.CostsOre, year.ResultOre, year.EquityOre), (row.CostsOre, row.ResultOre, row.EquityOre));
        }
    }
}
