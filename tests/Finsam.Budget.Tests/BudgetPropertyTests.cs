using Finsam.Budget.Domain;
using FsCheck;
using FsCheck.Xunit;

namespace Finsam.Budget.Tests;

public sealed class BudgetPropertyTests
{
    // A budget of arbitrary amounts: income and two cost groups a year, a financial line, liabilities.
    private static BudgetInput Arbitrary(int[] amounts, long opening)
    {
        long At(int i) => Math.Abs((long)amounts[i % amounts.Length]) * 1_000;
        return new BudgetInput(
            2030,
            PlanYears: 3,
            [.. Enumerable.Range(0, 3).Select(y => new IncomeLine("Bidrag", 2030 + y, At(y), IncomeKind.Contribution))],
            [
                new CostGroup("a", "A", CostGroupKind.Administration,
                    [.. Enumerable.Range(0, 3).Select(y => new BudgetLine("Rad", 2030 + y, At(y + 3))), new BudgetLine("Ränta", 2030, At(9), LineKind.FinancialCost)],
                    new Dictionary<int, long>()),
                new CostGroup("b", "B", CostGroupKind.Other, [], new Dictionary<int, long> { [2031] = At(6), [2032] = At(7) }),
            ],
            opening,
            new Dictionary<int, BalanceEntries> { [2030] = new(At(8), 0, At(2), At(5)), [2032] = new(0, At(4), 0, At(1)) },
            new Dictionary<int, long>());
    }

    [Property(MaxTest = 300)]
    public bool The_balance_balances_and_equity_rolls_forward(NonEmptyArray<int> amounts, int opening)
    {
        var figures = BudgetEngine.Compute(Arbitrary(amounts.Get, opening));

        var rolls = figures.Years.Zip(figures.Years.Skip(1)).All(pair => pair.First.Balance.EquityOre == pair.Second.Balance.OpeningEquityOre);
        return rolls
            && figures.Years[0].Balance.OpeningEquityOre == opening
            && figures.Years.All(y =>
                y.Balance.TotalAssetsOre == y.Balance.EquityOre + y.Balance.ProvisionsOre + y.Balance.LiabilitiesOre
                && y.Balance.TotalAssetsOre == y.Balance.FixedAssetsOre + y.Balance.CurrentAssetsOre
                && y.Balance.EquityOre == y.Balance.OpeningEquityOre + y.ResultOre
                && y.ResultOre == y.IncomeOre - y.CostsOre
                && y.ResultBudget.ResultOre == y.ResultBudget.NetOperatingCostOre + y.ResultBudget.FinancialIncomeOre - y.ResultBudget.FinancialCostsOre
                && y.Room.ClosingSurplusOre == y.Balance.EquityOre);
    }

    [Property(MaxTest = 300)]
    public bool A_scenario_never_changes_its_base_and_moves_the_result_by_its_change(NonEmptyArray<int> amounts, int opening, int delta)
    {
        var input = Arbitrary(amounts.Get, opening);
        var before = BudgetEngine.Compute(input);

        var variantInput = Scenario.Apply(input,
        [
            new ScenarioChange(ScenarioTarget.Income, "Bidrag", 2031, delta, "Högre tilldelning"),
            new ScenarioChange(ScenarioTarget.CostGroup, "b", 2032, delta, "Ny insats"),
        ]);
        var variant = BudgetEngine.Compute(variantInput);
        var after = BudgetEngine.Compute(input);
        var differences = Scenario.Compare(before, variant);

        return Same(before, after)
            && differences[0].ResultOre == 0
            && differences[1].ResultOre == delta
            && differences[1].EquityOre == delta
            && differences[2].ResultOre == -delta
            && differences[2].EquityOre == 0;
    }

    private static bool Same(BudgetFigures a, BudgetFigures b) =>
        a.Years.Zip(b.Years).All(pair => pair.First.ResultBudget == pair.Second.ResultBudget && pair.First.Balance == pair.Second.Balance && Same(pair.First.Room, pair.Second.Room));

    private static bool Same(BudgetRoom a, BudgetRoom b) =>
        a with { CostGroups = [] } == b with { CostGroups = [] } && a.CostGroups.SequenceEqual(b.CostGroups);
}
