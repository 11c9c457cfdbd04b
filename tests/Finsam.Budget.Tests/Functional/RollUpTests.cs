using Finsam.Contracts.Budget.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Grpc.Core;
using static Finsam.Budget.Tests.Functional.Sundsvall;

namespace Finsam.Budget.Tests.Functional;

// Every federation's budget for a year side by side, for the region's administrators.
// One test only: the roll-up reads every budget in the database, which is this class's own.
public sealed class RollUpTests(BudgetHost host) : IClassFixture<BudgetHost>
{
    [Fact]
    public async Task The_roll_up_sets_the_federations_side_by_side_names_what_it_cannot_compute_and_is_for_regional_administrators_only()
    {
        var sundsvall = await host.SundsvallAsync();
        var small = host.NewFederation();
        foreach (var year in new[] { 2022, 2023, 2024 })
        {
            host.Funding.SetContributions(small, year, ("Försäkringskassan", Tkr(1_000)), ("Timrå kommun", Tkr(1_000)));
        }
        await host.Budget().CreateBudgetAsync(new CreateBudgetRequest { Parent = $"federations/{small}", Budget = new Contracts.Budget.V1.Budget { FirstYear = 2022, OpeningEquityOre = Tkr(100) } });
        var incomplete = host.NewFederation();
        await host.Budget().CreateBudgetAsync(new CreateBudgetRequest { Parent = $"federations/{incomplete}", Budget = new Contracts.Budget.V1.Budget { FirstYear = 2022 } });

        var rollUp = await host.Budget().RollUpAsync(new RollUpRequest { Year = 2022, SortBy = RollUpSort.EquityShare });

        Assert.Equal(
            [
                ($"federations/{small}/budgets/2022", Tkr(2_000), 0L, Tkr(2_000), Tkr(2_100), 10_500, 0, ""),
                ($"federations/{sundsvall}/budgets/2022", Tkr(7_378), Tkr(8_034), Tkr(-656), Tkr(577), 782, 8_155, ""),
            ],
            rollUp.Federations.Where(f => f.Problem.Length == 0)
                .Select(f => (f.Budget, f.ContributionsOre, f.CostsOre, f.ResultOre, f.EquityOre, f.EquityShareBasisPoints, f.IndividualShareBasisPoints, f.Problem)));
        var problem = Assert.Single(rollUp.Federations, f => f.Problem.Length > 0);
        Assert.Equal((($"federations/{incomplete}/budgets/2022"), 0L), (problem.Budget, problem.ContributionsOre));
        Assert.Contains("2022", problem.Problem);
        Assert.Equal(Tkr(9_378), rollUp.ContributionsOre);
        Assert.Equal(Tkr(577 + 2_100), rollUp.EquityOre);

        var sundsvallRow = rollUp.Federations.Single(f => f.Budget == $"federations/{sundsvall}/budgets/2022");
        Assert.Equal(0, sundsvallRow.GoalsNotMet);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => host.Budget(Caller.EditorOf(sundsvall)).RollUpAsync(new RollUpRequest { Year = 2022 }).ResponseAsync);
    }
}
