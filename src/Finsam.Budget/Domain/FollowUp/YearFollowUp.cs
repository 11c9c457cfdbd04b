namespace Finsam.Budget.Domain.FollowUp;

// A financial year followed up through a month: the adopted budget's rows against what the
// mapping made of the books, and the year as forecast. Nothing booked is dropped: what no rule
// took stays in MappedActuals.Unmapped, and what a rule sent to a row the budget lacks is
// listed here as an unknown row.
public sealed record YearFollowUp(
    IReadOnlyList<FollowUpNode> Income,
    IReadOnlyList<FollowUpNode> CostGroups,
    IReadOnlyList<FollowUpNode> Efforts,
    LineFollowUp Result,
    long ForecastResultOre,
    IReadOnlyList<LineFollowUp> UnknownRows)
{
    public const string ResultKey = "result";

    public static YearFollowUp Through(
        IReadOnlyList<BudgetRow> income,
        IReadOnlyList<BudgetRow> costGroups,
        IReadOnlyList<BudgetRow> efforts,
        MappedActuals actuals,
        IReadOnlyList<DateOnly> yearMonths,
        DateOnly throughMonth,
        Forecast? forecast = null)
    {
        var entered = forecast ?? new Forecast(throughMonth, throughMonth);
        var incomeNodes = Nodes(income, actuals.Lines, yearMonths, throughMonth, entered);
        var costNodes = Nodes(costGroups, actuals.Lines, yearMonths, throughMonth, entered);
        var effortNodes = Nodes(efforts, actuals.Efforts, yearMonths, throughMonth, entered);

        var known = income.Concat(costGroups).SelectMany(row => row.SelfAndWithin()).Select(row => row.Key).ToHashSet(StringComparer.Ordinal);
        var unknown = actuals.Lines.Keys.Select(key => key.LineKey).Where(key => !known.Contains(key)).Distinct().Order(StringComparer.Ordinal)
            .Select(key => new BudgetRow(key, key, FollowUpSide.Cost, 0))
            .ToList();
        var unknownRows = BudgetVersusActual.Through([.. unknown.Select(Line)], actuals.Lines, yearMonths, throughMonth);

        var tops = incomeNodes.Concat(costNodes).ToList();
        return new YearFollowUp(
            incomeNodes,
            costNodes,
            effortNodes,
            new LineFollowUp(
                ResultKey,
                "Resultat",
                FollowUpSide.Income,
                Net(tops, node => node.Figures.BudgetYearOre),
                Net(tops, node => node.Figures.BudgetToDateOre),
                Net(tops, node => node.Figures.ActualMonthOre),
                Net(tops, node => node.Figures.ActualToDateOre)),
            Net(tops, node => node.ForecastYearOre),
            unknownRows);
    }

    private static FollowUpLine Line(BudgetRow row) => new(row.Key, row.Label, row.Side, row.BudgetOre);

    // Incomes less costs.
    private static long Net(IEnumerable<FollowUpNode> nodes, Func<FollowUpNode, long> figure) =>
        nodes.Sum(node => node.Figures.Side == FollowUpSide.Income ? figure(node) : -figure(node));

    private static List<FollowUpNode> Nodes(
        IReadOnlyList<BudgetRow> rows,
        IReadOnlyDictionary<(string Key, DateOnly Month), long> actuals,
        IReadOnlyList<DateOnly> yearMonths,
        DateOnly throughMonth,
        Forecast forecast) =>
        [.. rows.Select(row => Node(row, actuals, yearMonths, throughMonth, forecast))];

    // A row's actual is what was mapped to it and to every row within it.
    private static FollowUpNode Node(
        BudgetRow row,
        IReadOnlyDictionary<(string Key, DateOnly Month), long> actuals,
        IReadOnlyList<DateOnly> yearMonths,
        DateOnly throughMonth,
        Forecast forecast)
    {
        var keys = row.SelfAndWithin().Select(within => within.Key).ToHashSet(StringComparer.Ordinal);
        var own = yearMonths.ToDictionary(
            month => (row.Key, month),
            month => actuals.Where(pair => pair.Key.Month == month && keys.Contains(pair.Key.Key)).Sum(pair => pair.Value));
        var figures = BudgetVersusActual.Through([Line(row)], own, yearMonths, throughMonth)[0];
        var within = Nodes(row.Rows, actuals, yearMonths, throughMonth, forecast);

        // Entered for the row itself, or its own default moved by what was entered within it.
        var forecastYear = forecast.Entered.TryGetValue(row.Key, out var enteredYear)
            ? enteredYear
            : Forecast.Projected(figures) + within.Sum(node => node.ForecastYearOre - Forecast.Projected(node.Figures));
        return new FollowUpNode(figures, forecastYear, within);
    }
}
