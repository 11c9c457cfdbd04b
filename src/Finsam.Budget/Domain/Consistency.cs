namespace Finsam.Budget.Domain;

// A figure as a document states it, to be checked against what the rules give.
public sealed record StatedFigure(string Row, int Year, long StatedOre);

public sealed record Finding(string Row, int Year, long StatedOre, long ComputedOre);

// Documents written by hand carry errors; every stated row that disagrees with what it
// should be is named with both numbers.
public static class Consistency
{
    public static readonly IReadOnlyDictionary<string, Func<YearFigures, long>> Rows = new Dictionary<string, Func<YearFigures, long>>
    {
        ["income.total"] = y => y.IncomeOre,
        ["income.contributions"] = y => y.ContributionsOre,
        ["income.other"] = y => y.OtherIncomeOre,
        ["room.openingSurplus"] = y => y.Room.OpeningSurplusOre,
        ["room.closingSurplus"] = y => y.Room.ClosingSurplusOre,
        ["costs.total"] = y => y.CostsOre,
        ["result"] = y => y.ResultOre,
        ["resultBudget.operatingIncome"] = y => y.ResultBudget.OperatingIncomeOre,
        ["resultBudget.operatingCosts"] = y => y.ResultBudget.OperatingCostsOre,
        ["resultBudget.netOperatingCost"] = y => y.ResultBudget.NetOperatingCostOre,
        ["resultBudget.financialIncome"] = y => y.ResultBudget.FinancialIncomeOre,
        ["resultBudget.financialCosts"] = y => y.ResultBudget.FinancialCostsOre,
        ["balance.fixedAssets"] = y => y.Balance.FixedAssetsOre,
        ["balance.currentAssets"] = y => y.Balance.CurrentAssetsOre,
        ["balance.totalAssets"] = y => y.Balance.TotalAssetsOre,
        ["balance.openingEquity"] = y => y.Balance.OpeningEquityOre,
        ["balance.result"] = y => y.Balance.ResultOre,
        ["balance.equity"] = y => y.Balance.EquityOre,
        ["balance.liabilities"] = y => y.Balance.LiabilitiesOre,
        ["balance.equityProvisionsAndLiabilities"] = y => y.Balance.EquityProvisionsAndLiabilitiesOre,
    };

    public static IReadOnlyList<Finding> Check(BudgetFigures figures, IEnumerable<StatedFigure> stated)
    {
        var byYear = figures.Years.Concat(figures.Forecast is null ? [] : [figures.Forecast]).ToDictionary(y => y.Year);
        var findings = new List<Finding>();
        foreach (var figure in stated)
        {
            if (!byYear.TryGetValue(figure.Year, out var year))
            {
                continue;
            }
            var computed = Computed(year, figure.Row)
                ?? throw new ArgumentException($"'{figure.Row}' is not a row of the budget.", nameof(stated));
            if (computed != figure.StatedOre)
            {
                findings.Add(new Finding(figure.Row, figure.Year, figure.StatedOre, computed));
            }
        }
        return findings;
    }

    public static bool IsRow(string row) =>
        Rows.ContainsKey(row) || row.StartsWith("group:", StringComparison.Ordinal) || row.StartsWith("subtotal:", StringComparison.Ordinal);

    private static long? Computed(YearFigures year, string row)
    {
        if (Rows.TryGetValue(row, out var value))
        {
            return value(year);
        }
        if (row.StartsWith("group:", StringComparison.Ordinal))
        {
            var key = row["group:".Length..];
            return year.CostGroups.Where(g => g.Key == key).Select(g => (long?)g.AmountOre).SingleOrDefault() ?? 0;
        }
        if (row.StartsWith("subtotal:", StringComparison.Ordinal))
        {
            var key = row["subtotal:".Length..];
            return year.Subtotals.Where(s => s.Key == key).Select(s => (long?)s.AmountOre).SingleOrDefault() ?? 0;
        }
        return null;
    }
}
