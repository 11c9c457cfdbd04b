using Finsam.Budget.Domain;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Grpc;

// The engine's figures as the contract reports them.
public static class BudgetReports
{
    public static Contract.BudgetReport Report(Contract.Budget budget, BudgetInput input, BudgetFigures figures, IReadOnlyList<GoalRule> rules)
    {
        var report = new Contract.BudgetReport { Budget = budget.Name, Version = budget.Version, Status = budget.Status };
        if (figures.Forecast is { } forecast)
        {
            report.Years.Add(Year(forecast, isForecast: true, input));
        }
        report.Years.AddRange(figures.Years.Select(y => Year(y, isForecast: false, input)));
        report.Goals.AddRange(FinancialGoals.Evaluate(figures, input.FirstYear, input.IndividualEffortsOre, rules).Select(Goal));
        report.Findings.AddRange(Consistency.Check(figures, budget.StatedFigures.Select(s => new StatedFigure(s.Row, s.Year, s.StatedOre)))
            .Select(f => new Contract.Finding { Row = f.Row, Year = f.Year, StatedOre = f.StatedOre, ComputedOre = f.ComputedOre }));
        return report;
    }

    private static Contract.YearReport Year(YearFigures figures, bool isForecast, BudgetInput input)
    {
        var year = new Contract.YearReport
        {
            Year = figures.Year,
            Forecast = isForecast,
            IncomeOre = figures.IncomeOre,
            CostsOre = figures.CostsOre,
            ResultOre = figures.ResultOre,
            OperatingIncomeOre = figures.ResultBudget.OperatingIncomeOre,
            OperatingCostsOre = figures.ResultBudget.OperatingCostsOre,
            DepreciationOre = figures.ResultBudget.DepreciationOre,
            NetOperatingCostOre = figures.ResultBudget.NetOperatingCostOre,
            FinancialIncomeOre = figures.ResultBudget.FinancialIncomeOre,
            FinancialCostsOre = figures.ResultBudget.FinancialCostsOre,
            FixedAssetsOre = figures.Balance.FixedAssetsOre,
            CurrentAssetsOre = figures.Balance.CurrentAssetsOre,
            TotalAssetsOre = figures.Balance.TotalAssetsOre,
            OpeningEquityOre = figures.Balance.OpeningEquityOre,
            EquityOre = figures.Balance.EquityOre,
            ProvisionsOre = figures.Balance.ProvisionsOre,
            LongTermLiabilitiesOre = figures.Balance.LongTermLiabilitiesOre,
            ShortTermLiabilitiesOre = figures.Balance.ShortTermLiabilitiesOre,
            EquityProvisionsAndLiabilitiesOre = figures.Balance.EquityProvisionsAndLiabilitiesOre,
            RoomClosingSurplusOre = figures.Room.ClosingSurplusOre,
        };
        if (isForecast)
        {
            return year;
        }

        year.Income.AddRange(input.Income.Where(i => i.Year == figures.Year).Select(i => new Contract.Row { Label = i.Label, AmountOre = i.AmountOre }));
        foreach (var (key, label, amount) in figures.CostGroups)
        {
            var group = new Contract.GroupReport { Key = key, Label = label, AmountOre = amount };
            group.Lines.AddRange(input.CostGroups.Single(g => g.Key == key).Lines
                .Where(l => l.Year == figures.Year)
                .Select(l => new Contract.Row { Label = l.Label, AmountOre = l.AmountOre }));
            year.CostGroups.Add(group);
        }
        return year;
    }

    private static Contract.GoalReport Goal(GoalResult result) => new()
    {
        Goal = result.Rule switch
        {
            GoalRule.MaxEquityShareOfContributions => "max_equity_share",
            GoalRule.MinEquity => "min_equity",
            GoalRule.MinIndividualEffortsShare => "min_individual_share",
            _ => "national_recommendation",
        },
        Year = result.Year,
        Status = result.Status switch
        {
            GoalStatus.Met => Contract.GoalStatus.Met,
            GoalStatus.NotMet => Contract.GoalStatus.NotMet,
            _ => Contract.GoalStatus.NotEvaluated,
        },
        ActualOre = result.ActualOre,
        LimitOre = result.LimitOre,
        ActualBasisPoints = result.ActualBasisPoints ?? 0,
        Explanation = result.Explanation,
    };
}
