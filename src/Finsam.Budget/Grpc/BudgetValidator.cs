using Finsam.Budget.Domain;
using Finsam.ServiceKit.Grpc;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Grpc;

public static class BudgetValidator
{
    private const long MaxAmountOre = 10_000_000_000_000;

    public static void Validate(Contract.Budget budget, string prefix, int lastYear, FieldViolations violations)
    {
        if (budget.FirstYear < 2004 || budget.FirstYear > lastYear)
        {
            // Every other year in the budget is checked against the first: nothing more to check.
            violations.Add($"{prefix}.first_year", ViolationReason.OutOfRange, $"The year must be between 2004 and {lastYear}.");
            return;
        }
        var years = Enumerable.Range(budget.FirstYear, BudgetInput.Years).ToHashSet();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var g = 0; g < budget.CostGroups.Count; g++)
        {
            var group = budget.CostGroups[g];
            var at = $"{prefix}.cost_groups[{g}]";
            violations.AddWhen(ResourceNamePattern.Match($"x/{group.Key}", "x/*") is null || !keys.Add(group.Key), $"{at}.key", ViolationReason.InvalidFormat, "A key of its own: lower-case letters, digits and hyphens.");
            violations.AddWhen(string.IsNullOrWhiteSpace(group.Label), $"{at}.label", ViolationReason.Required, "Required.");
            violations.AddWhen(group.Label.Length > 200, $"{at}.label", ViolationReason.TooLong, "At most 200 characters.");
            violations.AddWhen(group.Kind == Contract.CostGroupKind.Unspecified || !Enum.IsDefined(group.Kind), $"{at}.kind", ViolationReason.InvalidValue, "Board, administration or other.");
            for (var l = 0; l < group.Lines.Count; l++)
            {
                var line = group.Lines[l];
                violations.AddWhen(!years.Contains(line.Year), $"{at}.lines[{l}].year", ViolationReason.InvalidValue, "One of the budget's three years.");
                violations.AddWhen(string.IsNullOrWhiteSpace(line.Label), $"{at}.lines[{l}].label", ViolationReason.Required, "Required.");
                violations.AddWhen(line.Label.Length > 200, $"{at}.lines[{l}].label", ViolationReason.TooLong, "At most 200 characters.");
                violations.AddWhen(line.AmountOre is < 0 or > MaxAmountOre, $"{at}.lines[{l}].amount_ore", ViolationReason.OutOfRange, "Between 0 and a hundred billion kronor.");
                violations.AddWhen(!Enum.IsDefined(line.Kind), $"{at}.lines[{l}].kind", ViolationReason.InvalidValue, "Unknown kind.");
            }
            for (var t = 0; t < group.Totals.Count; t++)
            {
                violations.AddWhen(!years.Contains(group.Totals[t].Year) || group.Totals.Count(x => x.Year == group.Totals[t].Year) > 1, $"{at}.totals[{t}].year", ViolationReason.InvalidValue, "One of the budget's three years, once.");
                violations.AddWhen(group.Totals[t].AmountOre is < 0 or > MaxAmountOre, $"{at}.totals[{t}].amount_ore", ViolationReason.OutOfRange, "Between 0 and a hundred billion kronor.");
            }
        }
        violations.AddWhen(budget.OpeningEquityOre is < -MaxAmountOre or > MaxAmountOre, $"{prefix}.opening_equity_ore", ViolationReason.OutOfRange, "At most a hundred billion kronor either way.");
        if (budget.Forecast is { } forecast)
        {
            violations.AddWhen(new[] { forecast.OperatingIncomeOre, forecast.OperatingCostsOre, forecast.FinancialIncomeOre, forecast.FinancialCostsOre }.Any(a => a is < 0 or > MaxAmountOre),
                $"{prefix}.forecast", ViolationReason.OutOfRange, "Amounts between 0 and a hundred billion kronor.");
            violations.AddWhen(forecast.OpeningEquityOre is < -MaxAmountOre or > MaxAmountOre, $"{prefix}.forecast.opening_equity_ore", ViolationReason.OutOfRange, "At most a hundred billion kronor either way.");
            violations.AddWhen(forecast.Balance is { } entries && new[] { entries.FixedAssetsOre, entries.ProvisionsOre, entries.LongTermLiabilitiesOre, entries.ShortTermLiabilitiesOre }.Any(a => a is < 0 or > MaxAmountOre),
                $"{prefix}.forecast.balance", ViolationReason.OutOfRange, "Amounts between 0 and a hundred billion kronor.");
        }
        for (var b = 0; b < budget.Balance.Count; b++)
        {
            var entries = budget.Balance[b];
            violations.AddWhen(!years.Contains(entries.Year) || budget.Balance.Count(x => x.Year == entries.Year) > 1, $"{prefix}.balance[{b}].year", ViolationReason.InvalidValue, "One of the budget's three years, once.");
            violations.AddWhen(new[] { entries.FixedAssetsOre, entries.ProvisionsOre, entries.LongTermLiabilitiesOre, entries.ShortTermLiabilitiesOre }.Any(a => a is < 0 or > MaxAmountOre),
                $"{prefix}.balance[{b}]", ViolationReason.OutOfRange, "Amounts between 0 and a hundred billion kronor.");
        }
        for (var s = 0; s < budget.StatedFigures.Count; s++)
        {
            var stated = budget.StatedFigures[s];
            violations.AddWhen(!Consistency.IsRow(stated.Row), $"{prefix}.stated_figures[{s}].row", ViolationReason.InvalidValue, $"Not a row of the budget; rows are {string.Join(", ", Consistency.Rows.Keys)} and group:{{key}}.");
            violations.AddWhen(stated.Year < budget.FirstYear - 1 || stated.Year > budget.FirstYear + 2, $"{prefix}.stated_figures[{s}].year", ViolationReason.InvalidValue, "The forecast year or one of the budget's three years.");
        }
    }
}
