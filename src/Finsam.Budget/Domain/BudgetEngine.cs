namespace Finsam.Budget.Domain;

// The budget of one to three years from what is entered and what the other services know:
// result per year (financial items included), equity rolled forward, the result budget, the
// balance budget (current assets make it balance), subtotals and the budget room. Pure:
// same input, same figures.
public static class BudgetEngine
{
    public static BudgetFigures Compute(BudgetInput input)
    {
        var years = new List<YearFigures>();
        var opening = input.OpeningEquityOre;
        foreach (var year in input.AllYears)
        {
            var figures = ComputeYear(input, year, opening);
            years.Add(figures);
            opening = figures.Balance.EquityOre;
        }
        return new BudgetFigures(years, input.Forecast is { } forecast ? ForecastYear(input.FirstYear - 1, forecast) : null);
    }

    private static YearFigures ComputeYear(BudgetInput input, int year, long openingEquity)
    {
        var incomeOfYear = input.Income.Where(i => i.Year == year).ToList();
        var income = incomeOfYear.Sum(i => i.AmountOre);
        var contributions = incomeOfYear.Where(i => i.IsContribution).Sum(i => i.AmountOre);
        var interest = incomeOfYear.Where(i => i.Kind == IncomeKind.Interest).Sum(i => i.AmountOre);
        var groups = input.CostGroups.Select(g => new GroupAmount(g.Key, g.Label, GroupAmount(g, year))).ToList();
        var costs = groups.Sum(g => g.AmountOre);
        var lines = input.CostGroups.SelectMany(g => g.Lines).Where(l => l.Year == year).ToList();
        var financialIncomeLines = lines.Where(l => l.Kind == LineKind.FinancialIncome).Sum(l => l.AmountOre);
        var financialCosts = lines.Where(l => l.Kind == LineKind.FinancialCost).Sum(l => l.AmountOre);

        var result = income - costs;
        // Costs hold financial items net, and interest stands among the income; the result
        // budget shows both apart.
        var operatingIncome = income - interest;
        var operatingCosts = costs - financialCosts + financialIncomeLines;
        const long depreciation = 0;
        var resultBudget = new ResultBudget(operatingIncome, operatingCosts, depreciation, operatingIncome - operatingCosts - depreciation,
            financialIncomeLines + interest, financialCosts, result);

        var entries = input.Balance.GetValueOrDefault(year) ?? new BalanceEntries(0, 0, 0, 0);
        var balance = Balance(entries, openingEquity, result);
        var subtotals = input.Subtotals.Select(s =>
        {
            var summed = groups.Where(g => s.Groups.Contains(g.Key, StringComparer.Ordinal)).ToList();
            return new SubtotalAmount(s.Key, s.Label, summed.Sum(g => g.AmountOre), s.After.Length > 0 ? s.After : summed[^1].Key);
        }).ToList();
        var room = new BudgetRoom(openingEquity, contributions, income - contributions, groups, openingEquity + result);

        return new YearFigures(year, income, contributions, income - contributions, groups, subtotals, costs, result, resultBudget, balance, room);
    }

    private static YearFigures ForecastYear(int year, PreviousYearForecast forecast)
    {
        var costs = forecast.OperatingCostsOre + forecast.FinancialCostsOre - forecast.FinancialIncomeOre;
        var result = forecast.OperatingIncomeOre - costs;
        var resultBudget = new ResultBudget(forecast.OperatingIncomeOre, forecast.OperatingCostsOre, 0,
            forecast.OperatingIncomeOre - forecast.OperatingCostsOre, forecast.FinancialIncomeOre, forecast.FinancialCostsOre, result);
        var balance = Balance(forecast.Balance, forecast.OpeningEquityOre, result);
        var room = new BudgetRoom(forecast.OpeningEquityOre, forecast.OperatingIncomeOre, 0, [], forecast.OpeningEquityOre + result);
        return new YearFigures(year, forecast.OperatingIncomeOre, forecast.OperatingIncomeOre, 0, [], [], costs, result, resultBudget, balance, room);
    }

    private static BalanceBudget Balance(BalanceEntries entries, long openingEquity, long result)
    {
        var equity = openingEquity + result;
        var equityAndLiabilities = equity + entries.ProvisionsOre + entries.LiabilitiesOre;
        return new BalanceBudget(
            entries.FixedAssetsOre,
            equityAndLiabilities - entries.FixedAssetsOre,
            equityAndLiabilities,
            openingEquity,
            result,
            equity,
            entries.ProvisionsOre,
            entries.LongTermLiabilitiesOre,
            entries.ShortTermLiabilitiesOre,
            entries.LiabilitiesOre,
            equityAndLiabilities);
    }

    // A group's amount for a year: its entered total where there is one (plan years),
    // else its lines, financial income counted against the costs.
    public static long GroupAmount(CostGroup group, int year) =>
        group.TotalsOre.TryGetValue(year, out var total)
            ? total
            : group.Lines.Where(l => l.Year == year).Sum(l => l.Kind == LineKind.FinancialIncome ? -l.AmountOre : l.AmountOre);
}
