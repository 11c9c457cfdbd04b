using Finsam.Budget.Domain;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Grpc;

// The engine's figures as the contract reports them.
public static class BudgetReports
{
    public static Contract.BudgetReport Report(Contract.Budget budget, BudgetInput input, BudgetFigures figures, IReadOnlyList<GoalRule> rules)
    {
        var report = new Contract.BudgetReport
        {
            Budget = budget.Name,
            Version = budget.Version,
            Status = budget.Status,
            CostsAsNegative = budget.CostsAsNegative,
        };
        if (figures.Forecast is { } forecast)
        {
            report.Years.Add(Year(forecast, isForecast: true, input));
        }
        report.Years.AddRange(figures.Years.Select(y => Year(y, isForecast: false, input)));
        report.Goals.AddRange(FinancialGoals.Evaluate(figures, input.IndividualEffortsOre, rules).Select(Goal));
        report.Findings.AddRange(Consistency.Check(figures, budget.StatedFigures.Select(s => new StatedFigure(s.Row, s.Year, s.StatedOre)))
            .Select(f => new Contract.Finding { Row = f.Row, Year = f.Year, StatedOre = f.StatedOre, ComputedOre = f.ComputedOre }));
        return report;
    }

    // Where what funding and grants say today differs from what an adopted version was computed from.
    public static IEnumerable<Contract.InputChange> Changes(BudgetFigures adopted, BudgetFigures current, BudgetInput input)
    {
        var fromGrants = input.CostGroups.Where(g => g.Source != CostGroupSource.Entered).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (was, now) in adopted.Years.Zip(current.Years))
        {
            var figures = new List<(string Figure, string Label, long Adopted, long Current)>
            {
                ("contributions", "Medlemsbidrag", was.ContributionsOre, now.ContributionsOre),
                ("other_income", "Övriga intäkter", was.OtherIncomeOre, now.OtherIncomeOre),
            };
            figures.AddRange(was.CostGroups.Zip(now.CostGroups)
                .Where(g => fromGrants.Contains(g.First.Key))
                .Select(g => ($"group:{g.First.Key}", g.First.Label, g.First.AmountOre, g.Second.AmountOre)));
            foreach (var (figure, label, adoptedOre, currentOre) in figures.Where(f => f.Adopted != f.Current))
            {
                yield return new Contract.InputChange { Year = was.Year, Figure = figure, Label = label, AdoptedOre = adoptedOre, CurrentOre = currentOre };
            }
        }
    }

    private static Contract.YearReport Year(YearFigures figures, bool isForecast, BudgetInput input)
    {
        var year = new Contract.YearReport
        {
            Year = figures.Year,
            Forecast = isForecast,
            IncomeOre = figures.IncomeOre,
            ContributionsOre = figures.ContributionsOre,
            OtherIncomeOre = figures.OtherIncomeOre,
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
            Room = Room(figures.Room),
        };
        if (isForecast)
        {
            return year;
        }

        year.Income.AddRange(input.Income.Where(i => i.Year == figures.Year).Select(i => new Contract.Row { Label = i.Label, AmountOre = i.AmountOre, Contribution = i.IsContribution }));
        year.MemberContributions.AddRange(input.MemberShares.Where(m => m.Year == figures.Year).Select(m => new Contract.MemberContributionReport
        {
            MemberId = m.MemberId,
            DisplayName = m.DisplayName,
            AmountOre = m.AmountOre,
            RegionalPartOre = m.RegionalPartOre,
            MunicipalPartOre = m.MunicipalPartOre,
        }));
        foreach (var amount in figures.CostGroups)
        {
            var source = input.CostGroups.Single(g => g.Key == amount.Key);
            var group = new Contract.GroupReport { Key = amount.Key, Label = amount.Label, AmountOre = amount.AmountOre, Source = Source(source.Source) };
            group.Lines.AddRange(source.Lines
                .Where(l => l.Year == figures.Year)
                .Select(l => new Contract.Row { Label = l.Label, AmountOre = l.AmountOre }));
            year.CostGroups.Add(group);
        }
        year.Subtotals.AddRange(figures.Subtotals.Select(s => new Contract.SubtotalReport { Key = s.Key, Label = s.Label, AmountOre = s.AmountOre, After = s.After }));
        return year;
    }

    private static Contract.BudgetRoom Room(BudgetRoom room)
    {
        var report = new Contract.BudgetRoom
        {
            OpeningSurplusOre = room.OpeningSurplusOre,
            ContributionsOre = room.ContributionsOre,
            OtherIncomeOre = room.OtherIncomeOre,
            ClosingSurplusOre = room.ClosingSurplusOre,
        };
        report.CostGroups.AddRange(room.CostGroups.Select(g => new Contract.GroupAmount { Key = g.Key, Label = g.Label, AmountOre = g.AmountOre }));
        return report;
    }

    private static Contract.CostGroupSource Source(CostGroupSource source) => source switch
    {
        CostGroupSource.DecidedEfforts => Contract.CostGroupSource.DecidedEfforts,
        CostGroupSource.Reserved => Contract.CostGroupSource.Reserved,
        CostGroupSource.DecidedAndReserved => Contract.CostGroupSource.DecidedAndReserved,
        _ => Contract.CostGroupSource.Entered,
    };

    private static Contract.GoalReport Goal(GoalResult result) => new()
    {
        Goal = result.Rule switch
        {
            GoalRule.MaxEquityShareOfContributions => "max_equity_share",
            GoalRule.MinEquityShareOfContributions => "min_equity_share",
            GoalRule.MinEquity => "min_equity",
            GoalRule.MinIndividualEffortsShare => "min_individual_share",
            GoalRule.EquityBand => "equity_band",
            GoalRule.ContributionsSpent => "contributions_spent",
            GoalRule.GroupsShareCap => "group_share_cap",
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
