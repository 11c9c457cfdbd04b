using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Grpc.Core;
using static Finsam.Budget.Tests.Functional.Sundsvall;

namespace Finsam.Budget.Tests.Functional;

// ComputeBudget: the entered budget with funding's contributions and grants' effort costs.
public sealed class BudgetComputationTests(BudgetHost host) : IClassFixture<BudgetHost>
{
    [Fact]
    public async Task Sundsvalls_budget_2022_with_plan_for_2023_2024_to_the_krona()
    {
        var id = await host.SundsvallAsync();

        var report = await host.Budget(Caller.ReaderOf(id)).ComputeBudgetAsync(new ComputeBudgetRequest { Name = $"federations/{id}/budgets/2022" });

        var (forecast, years) = (report.Years[0], report.Years.Skip(1).ToList());
        Assert.True(forecast.Forecast);
        Assert.Equal(2021, forecast.Year);
        Assert.Equal([2022, 2023, 2024], years.Select(y => y.Year));

        // Budget 2022 med plan för 2023-2024
        Assert.All(years, y => Assert.Equal(MemberContributions, y.Income.Select(i => (i.Label, i.AmountOre))));
        Assert.Equal([Tkr(7_378), Tkr(7_378), Tkr(7_378)], years.Select(y => y.IncomeOre));
        Assert.Equal(
            [
                [("Styrelsen", Tkr(105)), ("Administration", Tkr(962)), ("Beslutade aktiviteter", Tkr(6_967)), (NewEffortsLabel, 0L)],
                [("Styrelsen", Tkr(110)), ("Administration", Tkr(1_050)), ("Beslutade aktiviteter", Tkr(660)), (NewEffortsLabel, Tkr(5_558))],
                [("Styrelsen", Tkr(115)), ("Administration", Tkr(1_075)), ("Beslutade aktiviteter", 0L), (NewEffortsLabel, Tkr(6_188))],
            ],
            years.Select(y => y.CostGroups.Select(g => (g.Label, g.AmountOre)).ToArray()));
        Assert.Equal([Tkr(8_034), Tkr(7_378), Tkr(7_378)], years.Select(y => y.CostsOre));
        Assert.Equal([Tkr(-656), 0L, 0L], years.Select(y => y.ResultOre));

        // Detaljerad budget 2022: every line of board, administration and efforts.
        var groups2022 = years[0].CostGroups;
        Assert.Equal([("Styrelsearvoden", Tkr(100)), ("Representation", Tkr(5))], groups2022[0].Lines.Select(l => (l.Label, l.AmountOre)));
        Assert.Equal(14, groups2022[1].Lines.Count);
        Assert.Equal(Efforts2022.Select(e => (e.Line, e.Kronor * 100)).Order(), groups2022[2].Lines.Select(l => (l.Label, l.AmountOre)).Order());

        // Resultatbudget, with the forecast for 2021.
        var columns = report.Years.ToList();
        Assert.Equal([Tkr(7_378), Tkr(7_378), Tkr(7_378), Tkr(7_378)], columns.Select(y => y.OperatingIncomeOre));
        Assert.Equal([Tkr(7_617), Tkr(8_033), Tkr(7_377), Tkr(7_377)], columns.Select(y => y.OperatingCostsOre));
        Assert.Equal([Tkr(-239), Tkr(-655), Tkr(1), Tkr(1)], columns.Select(y => y.NetOperatingCostOre));
        Assert.Equal([Tkr(1), Tkr(1), Tkr(1), Tkr(1)], columns.Select(y => y.FinancialCostsOre));
        Assert.Equal([Tkr(-240), Tkr(-656), 0L, 0L], columns.Select(y => y.ResultOre));

        // Balansbudget
        Assert.Equal([Tkr(1_533), Tkr(877), Tkr(877), Tkr(877)], columns.Select(y => y.TotalAssetsOre));
        Assert.Equal([Tkr(1_473), Tkr(1_233), Tkr(577), Tkr(577)], columns.Select(y => y.OpeningEquityOre));
        Assert.Equal([Tkr(1_233), Tkr(577), Tkr(577), Tkr(577)], columns.Select(y => y.EquityOre));
        Assert.Equal([Tkr(1_533), Tkr(877), Tkr(877), Tkr(877)], columns.Select(y => y.EquityProvisionsAndLiabilitiesOre));
        Assert.Equal(Tkr(577), years[0].RoomClosingSurplusOre);

        // The goals, and the document's own error.
        Assert.Equal(
            [
                ("max_equity_share", GoalStatus.Met, Tkr(577), Tkr(1_475.6m)),
                ("min_equity", GoalStatus.Met, Tkr(577), Tkr(400)),
                ("min_individual_share", GoalStatus.Met, Tkr(6_017), Tkr(5_164.6m)),
                ("national_recommendation", GoalStatus.NotEvaluated, Tkr(577), 0L),
            ],
            report.Goals.Where(g => g.Year == 2022).Select(g => (g.Goal, g.Status, g.ActualOre, g.LimitOre)));
        Assert.Equal(8_155, report.Goals[2].ActualBasisPoints);
        // Every goal for every year of the plan.
        Assert.Equal([2022, 2023, 2024], report.Goals.Select(g => g.Year).Distinct());
        Assert.Equal(12, report.Goals.Count);
        Assert.Equal([("balance.equity", 2024, Tkr(613), Tkr(577))], report.Findings.Select(f => (f.Row, f.Year, f.StatedOre, f.ComputedOre)));
    }

    [Fact]
    public async Task Other_income_from_funding_is_income_of_its_year()
    {
        var id = await host.SundsvallAsync();
        host.Funding.SetOtherIncome(id, 2023, new OtherIncome { Year = 2023, Kind = OtherIncomeKind.Interest, AmountOre = Tkr(12), Note = "Ränta" });

        var report = await host.Budget().ComputeBudgetAsync(new ComputeBudgetRequest { Name = $"federations/{id}/budgets/2022" });

        var year2023 = report.Years.Single(y => y.Year == 2023 && !y.Forecast);
        Assert.Contains(("Ränta", Tkr(12)), year2023.Income.Select(i => (i.Label, i.AmountOre)));
        Assert.Equal(Tkr(7_390), year2023.IncomeOre);
        Assert.Equal(Tkr(12), year2023.ResultOre);
    }

    [Fact]
    public async Task A_year_funding_has_no_allocation_for_gives_no_budget_but_says_which()
    {
        var id = host.NewFederation();
        host.Funding.SetContributions(id, 2022, MemberContributions);
        await host.Budget().CreateBudgetAsync(new CreateBudgetRequest { Parent = $"federations/{id}", Budget = new Contracts.Budget.V1.Budget { FirstYear = 2022 } });

        var failure = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => host.Budget().ComputeBudgetAsync(new ComputeBudgetRequest { Name = $"federations/{id}/budgets/2022" }).ResponseAsync);

        Assert.Contains("2023", failure.Status.Detail);
    }

    [Fact]
    public async Task A_budget_that_does_not_exist_is_not_found()
    {
        var id = host.NewFederation();

        await RpcAssert.FailsWith(StatusCode.NotFound, () => host.Budget().ComputeBudgetAsync(new ComputeBudgetRequest { Name = $"federations/{id}/budgets/2022" }).ResponseAsync);
    }

    [Fact]
    public async Task While_funding_or_grants_is_down_the_budget_answers_unavailable_naming_it()
    {
        var id = await host.SundsvallAsync();
        var request = new ComputeBudgetRequest { Name = $"federations/{id}/budgets/2022" };

        RpcException grantsDown, fundingDown;
        try
        {
            host.Grants.Down = true;
            grantsDown = await RpcAssert.FailsWith(StatusCode.Unavailable, () => host.Budget().ComputeBudgetAsync(request).ResponseAsync);
            host.Grants.Down = false;
            host.Funding.Down = true;
            fundingDown = await RpcAssert.FailsWith(StatusCode.Unavailable, () => host.Budget().ComputeBudgetAsync(request).ResponseAsync);
        }
        finally
        {
            (host.Grants.Down, host.Funding.Down) = (false, false);
        }

        Assert.Equal("grants is unavailable; try again shortly.", grantsDown.Status.Detail);
        Assert.Equal("funding is unavailable; try again shortly.", fundingDown.Status.Detail);
        Assert.Equal(3, (await host.Budget().ComputeBudgetAsync(request)).Years.Count(y => !y.Forecast));
    }
}
