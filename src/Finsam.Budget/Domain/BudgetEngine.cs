namespace Finsam.Budget.Domain;

// The three-year budget from what is entered and what the other services know: result
// per year (financial items included), equity rolled forward, the result budget, the
// balance budget (current assets make it balance) and the budget room. Pure: same input,
// same figures.
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
        var income = input.Income.Where(i => i.Year == year).Sum(i => i.AmountOre);
        var contributions = input.Income.Where(i => i.Year == year && i.IsContribution).Sum(i => i.AmountOre);
        var groups = input.CostGroups.Select(g => (g.Key, g.Label, AmountOre: GroupAmount(g, year))).ToList();
        var costs = groups.Sum(g => g.AmountOre);
        var lines = input.CostGroups.SelectMany(g => g.Lines).Where(l => l.Year == year).ToList();
        var financialIncome = lines.Where(l => l.Kind == LineKind.FinancialIncome).Sum(l => l.AmountOre);
        var financialCosts = lines.Where(l => l.Kind == LineKind.FinancialCost).Sum(l => l.AmountOre);

        var result = income - costs;
        // Costs hold financial items net; the result budget shows them apart.
        var operatingCosts = costs - financialCosts + financialIncome;
        const long depreciation = 0;
        var resultBudget = new ResultBudget(income, operatingCosts, depreciation, income - operatingCosts - depreciation,
            financialIncome, financialCosts, result);

        var entries = input.Balance.GetValueOrDefault(year) ?? new BalanceEntries(0, 0, 0, 0);
        var balance = Balance(entries, openingEquity, result);

        long Sum(params CostGroupKind[] kinds) => input.CostGroups.Where(g => kinds.Contains(g.Kind)).Sum(g => GroupAmount(g, year));
        var room = new BudgetRoom(contributions, income - contributions, openingEquity,
            Sum(CostGroupKind.Board, CostGroupKind.Administration),
            Sum(CostGroupKind.DecidedEfforts),
            Sum(CostGroupKind.NewEfforts, CostGroupKind.Other),
            openingEquity + result);

        return new YearFigures(year, income, contributions, groups, costs, result, resultBudget, balance, room);
    }

    private static YearFigures ForecastYear(int year, PreviousYearForecast forecast)
    {
        var costs = forecast.OperatingCostsOre + forecast.FinancialCostsOre - forecast.FinancialIncomeOre;
        var result = forecast.OperatingIncomeOre - costs;
        var resultBudget = new ResultBudget(forecast.OperatingIncomeOre, forecast.OperatingCostsOre, 0,
            forecast.OperatingIncomeOre - forecast.OperatingCostsOre, forecast.FinancialIncomeOre, forecast.FinancialCostsOre, result);
        var balance = Balance(forecast.Balance, forecast.OpeningEquityOre, result);
        var room = new BudgetRoom(forecast.OperatingIncomeOre, 0, forecast.OpeningEquityOre, 0, 0, costs, forecast.OpeningEquityOre + result);
        return new YearFigures(year, forecast.OperatingIncomeOre, forecast.OperatingIncomeOre, [], costs, result, resultBudget, balance, room);
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
