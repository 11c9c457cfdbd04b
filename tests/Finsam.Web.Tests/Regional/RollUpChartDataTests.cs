using Finsam.Contracts.Budget.V1;
using Finsam.Web.Components.Regional;

namespace Finsam.Web.Tests.Regional;

public sealed class RollUpChartDataTests
{
    private static readonly RollUpRow[] Rows =
    [
        new("beta", "Beta", new FederationRollUp { ContributionsOre = 737_800_000, CostsOre = 731_700_000, ResultOre = 6_100_000, EquityShareBasisPoints = 1_754 }),
        new("gamma", "Gamma", new FederationRollUp { Problem = "No state allocation is recorded for 2022." }),
        new("alfa", "Alfa", new FederationRollUp { ContributionsOre = 100_000, CostsOre = 250_000, ResultOre = -150_000, IndividualShareBasisPoints = 7_000 }),
    ];

    [Fact]
    public void Amounts_are_drawn_in_tkr_for_the_computed_budgets_in_the_tables_order()
    {
        var data = RollUpChartData.For(RollUpChartMeasure.ContributionsAndCosts, Rows);
        Assert.Equal(["Beta", "Alfa"], data.Labels);
        Assert.Equal("tkr", data.Unit);
        Assert.Equal(["Medlemsbidrag", "Kostnader"], data.Series.Select(series => series.Name));
        Assert.Equal([7_378d, 1d], data.Series[0].Values);
        Assert.Equal([7_317d, 2.5d], data.Series[1].Values);
        Assert.Equal([61d, -1.5d], RollUpChartData.For(RollUpChartMeasure.Result, Rows).Series.Single().Values);
    }

    [Fact]
    public void Shares_are_drawn_in_percent()
    {
        var data = RollUpChartData.For(RollUpChartMeasure.Shares, Rows);
        Assert.Equal("procent", data.Unit);
        Assert.Equal([17.54d, 0d], data.Series[0].Values);
        Assert.Equal([0d, 70d], data.Series[1].Values);
    }
}
