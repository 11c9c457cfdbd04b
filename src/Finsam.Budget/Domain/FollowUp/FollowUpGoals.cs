namespace Finsam.Budget.Domain.FollowUp;

// The board's financial goals judged on how the year is turning out rather than on its budget:
// the adopted budget with the year's income and cost groups moved to the follow-up's figures
// (the forecast, or once the year is closed its actuals), computed as any budget is.
public static class FollowUpGoals
{
    public static BudgetInput AsTurningOut(BudgetInput adopted, int year, YearFollowUp followUp, Func<FollowUpNode, long> yearFigure)
    {
        var changes = new List<ScenarioChange>();
        foreach (var group in followUp.CostGroups)
        {
            changes.Add(new ScenarioChange(ScenarioTarget.CostGroup, group.Figures.Key, year, yearFigure(group) - group.Figures.BudgetYearOre, group.Figures.Label));
        }
        foreach (var income in followUp.Income)
        {
            // The change counts as income of the kind the row is: contributions as a member's.
            var kind = income.Figures.Key == ContributionsKey ? IncomeKind.Contribution : IncomeKind.Other;
            var like = adopted.Income.FirstOrDefault(line => line.Year == year && (line.Kind == kind || (kind == IncomeKind.Other && !line.IsContribution)));
            changes.Add(new ScenarioChange(ScenarioTarget.Income, like?.Label ?? "", year, yearFigure(income) - income.Figures.BudgetYearOre, income.Figures.Label));
        }
        return Scenario.Apply(adopted, changes.Where(change => change.DeltaOre != 0));
    }

    public const string ContributionsKey = "contributions";
}
