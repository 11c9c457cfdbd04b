namespace Finsam.Budget.Domain;

public enum ScenarioTarget
{
    // A change to the income, e.g. the allocation.
    Income,

    // A change to a cost group (a line, or an effort's cost in decided efforts).
    CostGroup,
}

public sealed record ScenarioChange(ScenarioTarget Target, string Key, int Year, long DeltaOre, string Label);

public sealed record YearDifference(int Year, long IncomeOre, long CostsOre, long ResultOre, long EquityOre);

// A what-if beside the base: the base input is never changed (records are immutable),
// the variant is computed from a changed copy, and the difference is shown per year.
public static class Scenario
{
    public static BudgetInput Apply(BudgetInput input, IEnumerable<ScenarioChange> changes)
    {
        var income = input.Income.ToList();
        var groups = input.CostGroups.ToList();
        foreach (var change in changes)
        {
            if (change.Target == ScenarioTarget.Income)
            {
                // The change is income of the kind the line it changes is.
                var kind = input.Income.FirstOrDefault(i => i.Label == change.Key)?.Kind ?? IncomeKind.Other;
                income.Add(new IncomeLine(change.Label, change.Year, change.DeltaOre, kind));
                continue;
            }

            var index = groups.FindIndex(g => g.Key == change.Key);
            if (index < 0)
            {
                throw new ArgumentException($"The budget has no cost group '{change.Key}'.", nameof(changes));
            }
            var group = groups[index];
            groups[index] = group.TotalsOre.TryGetValue(change.Year, out var total)
                ? group with { TotalsOre = new Dictionary<int, long>(group.TotalsOre) { [change.Year] = total + change.DeltaOre } }
                : group with { Lines = [.. group.Lines, new BudgetLine(change.Label, change.Year, change.DeltaOre)] };
        }
        return input with { Income = income, CostGroups = groups };
    }

    public static IReadOnlyList<YearDifference> Compare(BudgetFigures baseline, BudgetFigures variant) =>
        baseline.Years.Zip(variant.Years, (b, v) => new YearDifference(
            b.Year,
            v.IncomeOre - b.IncomeOre,
            v.CostsOre - b.CostsOre,
            v.ResultOre - b.ResultOre,
            v.Balance.EquityOre - b.Balance.EquityOre)).ToList();
}
