using Finsam.Budget.Domain;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Resources;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Validation;

// A budget as the federation enters it: its first year a plan year, every other year one of
// its three (or the forecast's), amounts within a hundred billion kronor.
public static class BudgetValidator
{
    private const long MaxAmountOre = 10_000_000_000_000;
    private const int MaxLabelLength = 200;

    public static void ValidateCreate(Contract.CreateBudgetRequest request, PlanYears years)
    {
        var violations = new FieldViolations();
        Names.Federation.Parse(request.Parent, "parent", violations);
        if (request.Budget is null)
        {
            violations.Add("budget", ViolationReason.Required, "Required.");
        }
        else
        {
            Validate(request.Budget, "budget", years, violations);
        }
        violations.ThrowIfAny();
    }

    public static void Validate(Contract.Budget budget, string prefix, PlanYears years, FieldViolations violations)
    {
        if (!years.Contains(budget.FirstYear))
        {
            // Every other year in the budget is checked against the first: nothing more to check.
            years.Validate(budget.FirstYear, $"{prefix}.first_year", violations);
            return;
        }
        var budgetYears = Enumerable.Range(budget.FirstYear, BudgetInput.Years).ToHashSet();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var g = 0; g < budget.CostGroups.Count; g++)
        {
            var group = budget.CostGroups[g];
            var at = $"{prefix}.cost_groups[{g}]";
            ResourceId.Validate(group.Key, $"{at}.key", violations);
            // A repeated key is refused as the key rule always refused it (INVALID_FORMAT).
            violations.AddWhen(ResourceId.IsValid(group.Key) && !keys.Add(group.Key), $"{at}.key", ViolationReason.InvalidFormat, "Each cost group has a key of its own.");
            Label(group.Label, $"{at}.label", violations);
            violations.AddWhen(group.Kind == Contract.CostGroupKind.Unspecified || !Enum.IsDefined(group.Kind), $"{at}.kind", ViolationReason.InvalidValue, "Board, administration or other.");
            for (var l = 0; l < group.Lines.Count; l++)
            {
                var line = group.Lines[l];
                violations.AddWhen(!budgetYears.Contains(line.Year), $"{at}.lines[{l}].year", ViolationReason.InvalidValue, "One of the budget's three years.");
                Label(line.Label, $"{at}.lines[{l}].label", violations);
                violations.AddWhen(line.AmountOre is < 0 or > MaxAmountOre, $"{at}.lines[{l}].amount_ore", ViolationReason.OutOfRange, "Between 0 and a hundred billion kronor.");
                violations.AddWhen(!Enum.IsDefined(line.Kind), $"{at}.lines[{l}].kind", ViolationReason.InvalidValue, "Unknown kind.");
            }
            for (var t = 0; t < group.Totals.Count; t++)
            {
                violations.AddWhen(!budgetYears.Contains(group.Totals[t].Year) || group.Totals.Count(x => x.Year == group.Totals[t].Year) > 1, $"{at}.totals[{t}].year", ViolationReason.InvalidValue, "One of the budget's three years, once.");
                violations.AddWhen(group.Totals[t].AmountOre is < 0 or > MaxAmountOre, $"{at}.totals[{t}].amount_ore", ViolationReason.OutOfRange, "Between 0 and a hundred billion kronor.");
            }
        }
        violations.AddWhen(budget.OpeningEquityOre is < -MaxAmountOre or > MaxAmountOre, $"{prefix}.opening_equity_ore", ViolationReason.OutOfRange, "At most a hundred billion kronor either way.");
        if (budget.Forecast is { } forecast)
        {
            violations.AddWhen(new[] { forecast.OperatingIncomeOre, forecast.OperatingCostsOre, forecast.FinancialIncomeOre, forecast.FinancialCostsOre }.Any(a => a is < 0 or > MaxAmountOre),
                $"{prefix}.forecast", ViolationReason.OutOfRange, "Amounts between 0 and a hundred billion kronor.");
            violations.AddWhen(forecast.OpeningEquityOre is < -MaxAmountOre or > MaxAmountOre, $"{prefix}.forecast.opening_equity_ore", ViolationReason.OutOfRange, "At most a hundred billion kronor either way.");
            violations.AddWhen(forecast.Balance is { } entries && !AreAmounts(entries), $"{prefix}.forecast.balance", ViolationReason.OutOfRange, "Amounts between 0 and a hundred billion kronor.");
        }
        for (var b = 0; b < budget.Balance.Count; b++)
        {
            var entries = budget.Balance[b];
            violations.AddWhen(!budgetYears.Contains(entries.Year) || budget.Balance.Count(x => x.Year == entries.Year) > 1, $"{prefix}.balance[{b}].year", ViolationReason.InvalidValue, "One of the budget's three years, once.");
            violations.AddWhen(!AreAmounts(entries), $"{prefix}.balance[{b}]", ViolationReason.OutOfRange, "Amounts between 0 and a hundred billion kronor.");
        }
        for (var s = 0; s < budget.StatedFigures.Count; s++)
        {
            var stated = budget.StatedFigures[s];
            violations.AddWhen(!Consistency.IsRow(stated.Row), $"{prefix}.stated_figures[{s}].row", ViolationReason.InvalidValue, $"Not a row of the budget; rows are {string.Join(", ", Consistency.Rows.Keys)} and group:{{key}}.");
            violations.AddWhen(stated.Year < budget.FirstYear - 1 || stated.Year > budget.FirstYear + 2, $"{prefix}.stated_figures[{s}].year", ViolationReason.InvalidValue, "The forecast year or one of the budget's three years.");
        }
    }

    private static void Label(string label, string field, FieldViolations violations)
    {
        violations.AddWhen(string.IsNullOrWhiteSpace(label), field, ViolationReason.Required, "Required.");
        violations.AddWhen(label.Length > MaxLabelLength, field, ViolationReason.TooLong, $"At most {MaxLabelLength} characters.");
    }

    private static bool AreAmounts(Contract.BalanceEntries entries) =>
        new[] { entries.FixedAssetsOre, entries.ProvisionsOre, entries.LongTermLiabilitiesOre, entries.ShortTermLiabilitiesOre }.All(a => a is >= 0 and <= MaxAmountOre);
}
