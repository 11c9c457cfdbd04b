using Finsam.Budget.Domain;
using Contract = Finsam.Contracts.Budget.V1;
using Grants = Finsam.Contracts.Grants.V1;

namespace Finsam.Budget.Grpc;

// From the entered budget and the other services' answers to the engine's input.
public static class BudgetInputs
{
    public static BudgetInput From(Contract.Budget budget, IReadOnlyList<IncomeLine> income, Grants.EffortCosts costs, string decidedLabel, string newLabel)
    {
        var years = Enumerable.Range(budget.FirstYear, BudgetInput.Years).ToList();
        var entered = budget.CostGroups.Select(g => new CostGroup(
            g.Key,
            g.Label,
            g.Kind switch
            {
                Contract.CostGroupKind.Board => CostGroupKind.Board,
                Contract.CostGroupKind.Administration => CostGroupKind.Administration,
                _ => CostGroupKind.Other,
            },
            g.Lines.Select(l => new BudgetLine(l.Label, l.Year, l.AmountOre, l.Kind switch
            {
                Contract.LineKind.FinancialIncome => LineKind.FinancialIncome,
                Contract.LineKind.FinancialCost => LineKind.FinancialCost,
                _ => LineKind.Operating,
            })).ToList(),
            g.Totals.ToDictionary(t => t.Year, t => t.AmountOre))).ToList();

        var decided = new CostGroup("decided-efforts", decidedLabel, CostGroupKind.DecidedEfforts,
            costs.Lines.Select(l => new BudgetLine(l.Description, l.Year, l.AmountOre)).ToList(),
            new Dictionary<int, long>());
        var reservedLabel = costs.Years.Select(y => y.ReservedLabel).FirstOrDefault(l => l.Length > 0) ?? newLabel;
        var reserved = new CostGroup("new-efforts", reservedLabel, CostGroupKind.NewEfforts, [],
            costs.Years.ToDictionary(y => y.Year, y => y.ReservedOre));

        // The document's order: board, administration, efforts, then any other group.
        var groups = entered.Where(g => g.Kind is CostGroupKind.Board or CostGroupKind.Administration)
            .Append(decided).Append(reserved)
            .Concat(entered.Where(g => g.Kind == CostGroupKind.Other))
            .ToList();

        return new BudgetInput(
            budget.FirstYear,
            income,
            groups,
            budget.OpeningEquityOre,
            budget.Balance.ToDictionary(b => b.Year, Entries),
            costs.Years.ToDictionary(y => y.Year, y => y.IndividualOre),
            budget.Forecast is not null ? Forecast(budget.Forecast) : null);
    }

    private static BalanceEntries Entries(Contract.BalanceEntries entries) =>
        new(entries.FixedAssetsOre, entries.ProvisionsOre, entries.LongTermLiabilitiesOre, entries.ShortTermLiabilitiesOre);

    private static PreviousYearForecast Forecast(Contract.Forecast forecast) => new(
        forecast.OperatingIncomeOre,
        forecast.OperatingCostsOre,
        forecast.FinancialIncomeOre,
        forecast.FinancialCostsOre,
        forecast.OpeningEquityOre,
        forecast.Balance is null ? new BalanceEntries(0, 0, 0, 0) : Entries(forecast.Balance));
}
