using Finsam.Budget.Domain;

namespace Finsam.Budget.Tests.Domain;

// A federation's own shape: its plan length, its groups and subtotals, its income rows.
public sealed class BudgetShapeTests
{
    private static BudgetInput OneYear(params IncomeLine[] income) => new(
        2026,
        PlanYears: 1,
        income,
        [
            new CostGroup("insatser", "Insatser", CostGroupKind.Other, [new("Psykolog", 2026, 600), new("Ej fördelade medel", 2026, 150)], new Dictionary<int, long>(), CostGroupSource.DecidedAndReserved),
            new CostGroup("forum", "Forum", CostGroupKind.Other, [new("Samverkansdag", 2026, 50)], new Dictionary<int, long>()),
            new CostGroup("kansli", "Förbundets administration", CostGroupKind.Administration,
                [new("Kansli", 2026, 300), new("Bankavgifter", 2026, 4, LineKind.FinancialCost)], new Dictionary<int, long>()),
        ],
        OpeningEquityOre: 100,
        Balance: new Dictionary<int, BalanceEntries> { [2026] = new(0, 0, 0, 40) },
        IndividualEffortsOre: new Dictionary<int, long> { [2026] = 600 })
    {
        Subtotals = [new Subtotal("insatskostnader", "Summa insatskostnader", ["insatser", "forum"], After: "")],
    };

    [Fact]
    public void A_one_year_budget_has_its_one_year_and_nothing_invented_after_it()
    {
        var figures = BudgetEngine.Compute(OneYear(new IncomeLine("Medlemsbidrag", 2026, 1_000, IncomeKind.Contribution)));

        var year = Assert.Single(figures.Years);
        Assert.Equal((2026, 1_000L, 1_104L, -104L, -4L), (year.Year, year.IncomeOre, year.CostsOre, year.ResultOre, year.Balance.EquityOre));
    }

    [Fact]
    public void Groups_keep_the_federations_order_and_a_subtotal_stands_after_the_last_group_it_sums()
    {
        var year = BudgetEngine.Compute(OneYear()).Years[0];

        Assert.Equal(["insatser", "forum", "kansli"], year.CostGroups.Select(g => g.Key));
        Assert.Equal(new SubtotalAmount("insatskostnader", "Summa insatskostnader", 800, "forum"), Assert.Single(year.Subtotals));
    }

    [Fact]
    public void The_budget_room_has_every_part_and_ends_in_the_closing_equity()
    {
        var year = BudgetEngine.Compute(OneYear(
            new IncomeLine("Medlemsbidrag", 2026, 1_000, IncomeKind.Contribution),
            new IncomeLine("Projektbidrag", 2026, 20, IncomeKind.Other))).Years[0];

        Assert.Equal((100L, 1_000L, 20L, 16L), (year.Room.OpeningSurplusOre, year.Room.ContributionsOre, year.Room.OtherIncomeOre, year.Room.ClosingSurplusOre));
        Assert.Equal([("insatser", 750L), ("forum", 50L), ("kansli", 304L)], year.Room.CostGroups.Select(g => (g.Key, g.AmountOre)));
        Assert.Equal(year.Balance.EquityOre, year.Room.ClosingSurplusOre);
        Assert.Equal(year.Room.ClosingSurplusOre,
            year.Room.OpeningSurplusOre + year.Room.ContributionsOre + year.Room.OtherIncomeOre - year.Room.CostGroups.Sum(g => g.AmountOre));
    }

    [Fact]
    public void Interest_among_the_income_is_a_financial_income_in_the_result_budget_and_the_result_stays()
    {
        var withInterest = BudgetEngine.Compute(OneYear(
            new IncomeLine("Medlemsbidrag", 2026, 1_000, IncomeKind.Contribution),
            new IncomeLine("Ränteintäkter", 2026, 12, IncomeKind.Interest))).Years[0];

        var result = withInterest.ResultBudget;
        Assert.Equal((1_000L, 1_100L, -100L, 12L, 4L, -92L),
            (result.OperatingIncomeOre, result.OperatingCostsOre, result.NetOperatingCostOre, result.FinancialIncomeOre, result.FinancialCostsOre, result.ResultOre));
        Assert.Equal(withInterest.ResultOre, result.ResultOre);
        Assert.Equal(12, withInterest.OtherIncomeOre);
    }
}
