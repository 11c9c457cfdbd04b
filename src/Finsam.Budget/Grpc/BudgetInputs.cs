using Finsam.Budget.Dependencies;
using Finsam.Budget.Domain;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Grpc;

// From the entered budget and the other services' answers to the engine's input, and from
// the board's goals to the rules the engine evaluates.
public static class BudgetInputs
{
    private const string DecidedEffortsLabel = "Beslutade aktiviteter";
    private const string NewEffortsLabel = "Nya aktiviteter/insatser";

    public static BudgetInput From(Contract.Budget budget, ExternalFigures figures)
    {
        var costs = figures.EffortCosts;
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

        var decided = new CostGroup("decided-efforts", DecidedEffortsLabel, CostGroupKind.DecidedEfforts,
            costs.Lines.Select(l => new BudgetLine(l.Description, l.Year, l.AmountOre)).ToList(),
            new Dictionary<int, long>());
        var reservedLabel = costs.Years.Select(y => y.ReservedLabel).FirstOrDefault(l => l.Length > 0) ?? NewEffortsLabel;
        var reserved = new CostGroup("new-efforts", reservedLabel, CostGroupKind.NewEfforts, [],
            costs.Years.ToDictionary(y => y.Year, y => y.ReservedOre));

        // The document's order: board, administration, efforts, then any other group.
        var groups = entered.Where(g => g.Kind is CostGroupKind.Board or CostGroupKind.Administration)
            .Append(decided).Append(reserved)
            .Concat(entered.Where(g => g.Kind == CostGroupKind.Other))
            .ToList();

        return new BudgetInput(
            budget.FirstYear,
            figures.Income,
            groups,
            budget.OpeningEquityOre,
            budget.Balance.ToDictionary(b => b.Year, Entries),
            costs.Years.ToDictionary(y => y.Year, y => y.IndividualOre),
            budget.Forecast is not null ? Forecast(budget.Forecast) : null);
    }

    // A goal set to zero (or a recommendation turned off) is no goal.
    public static IReadOnlyList<GoalRule> Rules(Contract.FinancialGoals goals)
    {
        var rules = new List<GoalRule>();
        if (goals.MaxEquityShareBasisPoints > 0)
        {
            rules.Add(new GoalRule.MaxEquityShareOfContributions(goals.MaxEquityShareBasisPoints));
        }
        if (goals.MinEquityOre > 0)
        {
            rules.Add(new GoalRule.MinEquity(goals.MinEquityOre));
        }
        if (goals.MinIndividualShareBasisPoints > 0)
        {
            rules.Add(new GoalRule.MinIndividualEffortsShare(goals.MinIndividualShareBasisPoints));
        }
        if (goals.NationalRecommendation)
        {
            rules.Add(new GoalRule.NationalEquityRecommendation(goals.RecommendationSteps.Select(s => new RecommendationStep(s.BudgetUpToOre, s.MaxEquityOre)).ToList()));
        }
        return rules;
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
