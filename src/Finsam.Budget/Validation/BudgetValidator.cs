using Finsam.Budget.Domain;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Resources;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Validation;

// A budget as the federation enters it: its first year a plan year, one to three years long,
// every other year one of its years (or the forecast's), amounts within a hundred billion
// kronor, its groups and subtotals each named once and grants' money taken by one group.
public static class BudgetValidator
{
    private const long MaxAmountOre = 10_000_000_000_000;
    private const int MaxLabelLength = 200;
    private const int MaxSubtotals = 20;

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
        violations.AddWhen(budget.PlanYears is < 0 or > BudgetInput.MostPlanYears, $"{prefix}.plan_years", ViolationReason.OutOfRange, "1, 2 or 3 years (0: 3).");
        var planYears = budget.PlanYears is > 0 and <= BudgetInput.MostPlanYears ? budget.PlanYears : BudgetInput.MostPlanYears;
        var budgetYears = Enumerable.Range(budget.FirstYear, planYears).ToHashSet();
        var yearsText = planYears == 1 ? $"The budget's year, {budget.FirstYear}." : $"One of the budget's years, {budget.FirstYear} to {budget.FirstYear + planYears - 1}.";
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var g = 0; g < budget.CostGroups.Count; g++)
        {
            var group = budget.CostGroups[g];
            var at = $"{prefix}.cost_groups[{g}]";
            ResourceId.Validate(group.Key, $"{at}.key", violations);
            // A repeated key is refused as the key rule always refused it (INVALID_FORMAT).
            violations.AddWhen(ResourceId.IsValid(group.Key) && !keys.Add(group.Key), $"{at}.key", ViolationReason.InvalidFormat, "Each cost group has a key of its own.");
            Label(group.Label, $"{at}.label", violations);
            violations.AddWhen(!Enum.IsDefined(group.Source), $"{at}.source", ViolationReason.InvalidValue, "Entered, decided efforts, reserved, or decided and reserved.");
            var entered = group.Source == Contract.CostGroupSource.Entered;
            violations.AddWhen(!Enum.IsDefined(group.Kind) || (entered && group.Kind == Contract.CostGroupKind.Unspecified), $"{at}.kind", ViolationReason.InvalidValue, "Board, administration or other.");
            violations.AddWhen(!entered && (group.Lines.Count > 0 || group.Totals.Count > 0), $"{at}.lines", ViolationReason.InvalidValue, "A group from grants gets its amounts from grants: no lines or totals of its own.");
            var takesDecided = group.Source is Contract.CostGroupSource.DecidedEfforts or Contract.CostGroupSource.DecidedAndReserved;
            violations.AddWhen(!takesDecided && group.EffortCostGroups.Count > 0, $"{at}.effort_cost_groups", ViolationReason.InvalidValue, "Only a group of decided efforts takes efforts by their cost group.");
            for (var e = 0; e < group.EffortCostGroups.Count; e++)
            {
                Label(group.EffortCostGroups[e], $"{at}.effort_cost_groups[{e}]", violations);
            }
            for (var l = 0; l < group.Lines.Count; l++)
            {
                var line = group.Lines[l];
                violations.AddWhen(!budgetYears.Contains(line.Year), $"{at}.lines[{l}].year", ViolationReason.InvalidValue, yearsText);
                Label(line.Label, $"{at}.lines[{l}].label", violations);
                violations.AddWhen(line.AmountOre is < 0 or > MaxAmountOre, $"{at}.lines[{l}].amount_ore", ViolationReason.OutOfRange, "Between 0 and a hundred billion kronor.");
                violations.AddWhen(!Enum.IsDefined(line.Kind), $"{at}.lines[{l}].kind", ViolationReason.InvalidValue, "Unknown kind.");
            }
            for (var t = 0; t < group.Totals.Count; t++)
            {
                violations.AddWhen(!budgetYears.Contains(group.Totals[t].Year) || group.Totals.Count(x => x.Year == group.Totals[t].Year) > 1, $"{at}.totals[{t}].year", ViolationReason.InvalidValue, $"{yearsText} Once.");
                violations.AddWhen(group.Totals[t].AmountOre is < 0 or > MaxAmountOre, $"{at}.totals[{t}].amount_ore", ViolationReason.OutOfRange, "Between 0 and a hundred billion kronor.");
            }
        }
        GrantsGroups(budget, prefix, violations);
        Subtotals(budget, prefix, keys, violations);
        violations.AddWhen(!Enum.IsDefined(budget.IncomeRows), $"{prefix}.income_rows", ViolationReason.InvalidValue, "Per member, or contributions as one row.");
        if (budget.IncomeRows == Contract.IncomeRows.ContributionsTotal)
        {
            Label(budget.ContributionsLabel, $"{prefix}.contributions_label", violations);
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
            violations.AddWhen(!budgetYears.Contains(entries.Year) || budget.Balance.Count(x => x.Year == entries.Year) > 1, $"{prefix}.balance[{b}].year", ViolationReason.InvalidValue, $"{yearsText} Once.");
            violations.AddWhen(!AreAmounts(entries), $"{prefix}.balance[{b}]", ViolationReason.OutOfRange, "Amounts between 0 and a hundred billion kronor.");
        }
        for (var s = 0; s < budget.StatedFigures.Count; s++)
        {
            var stated = budget.StatedFigures[s];
            violations.AddWhen(!Consistency.IsRow(stated.Row), $"{prefix}.stated_figures[{s}].row", ViolationReason.InvalidValue, $"Not a row of the budget; rows are {string.Join(", ", Consistency.Rows.Keys)}, group:{{key}} and subtotal:{{key}}.");
            violations.AddWhen(stated.Year != budget.FirstYear - 1 && !budgetYears.Contains(stated.Year), $"{prefix}.stated_figures[{s}].year", ViolationReason.InvalidValue, $"The forecast year, {budget.FirstYear - 1}, or one of the budget's years.");
        }
    }

    // Grants' money goes to one place: one group for the decided efforts no other group names,
    // each effort cost group named by one group, one group for the reserved money.
    private static void GrantsGroups(Contract.Budget budget, string prefix, FieldViolations violations)
    {
        var catchAll = false;
        var reserved = false;
        var named = new HashSet<string>(StringComparer.Ordinal);
        for (var g = 0; g < budget.CostGroups.Count; g++)
        {
            var group = budget.CostGroups[g];
            var at = $"{prefix}.cost_groups[{g}]";
            if (group.Source is Contract.CostGroupSource.DecidedEfforts or Contract.CostGroupSource.DecidedAndReserved)
            {
                if (group.EffortCostGroups.Count == 0)
                {
                    violations.AddWhen(catchAll, $"{at}.effort_cost_groups", ViolationReason.InvalidValue, "Another group already takes every decided effort no group names: name the efforts' cost groups this one takes.");
                    catchAll = true;
                }
                for (var e = 0; e < group.EffortCostGroups.Count; e++)
                {
                    violations.AddWhen(!named.Add(group.EffortCostGroups[e]), $"{at}.effort_cost_groups[{e}]", ViolationReason.InvalidValue, "Each effort cost group goes to one group.");
                }
            }
            if (group.Source is Contract.CostGroupSource.Reserved or Contract.CostGroupSource.DecidedAndReserved)
            {
                violations.AddWhen(reserved, $"{at}.source", ViolationReason.InvalidValue, "One group takes the reserved money.");
                reserved = true;
            }
        }
    }

    private static void Subtotals(Contract.Budget budget, string prefix, HashSet<string> keys, FieldViolations violations)
    {
        var groups = budget.CostGroups.Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        violations.AddWhen(budget.Subtotals.Count > MaxSubtotals, $"{prefix}.subtotals", ViolationReason.TooMany, $"At most {MaxSubtotals}.");
        for (var s = 0; s < Math.Min(budget.Subtotals.Count, MaxSubtotals); s++)
        {
            var subtotal = budget.Subtotals[s];
            var at = $"{prefix}.subtotals[{s}]";
            ResourceId.Validate(subtotal.Key, $"{at}.key", violations);
            violations.AddWhen(ResourceId.IsValid(subtotal.Key) && !keys.Add(subtotal.Key), $"{at}.key", ViolationReason.InvalidFormat, "Each group and subtotal has a key of its own.");
            Label(subtotal.Label, $"{at}.label", violations);
            violations.AddWhen(subtotal.Groups.Count == 0, $"{at}.groups", ViolationReason.Required, "The keys of the groups it sums.");
            for (var g = 0; g < subtotal.Groups.Count; g++)
            {
                violations.AddWhen(!groups.Contains(subtotal.Groups[g]) || subtotal.Groups.Take(g).Contains(subtotal.Groups[g]), $"{at}.groups[{g}]", ViolationReason.InvalidValue, "A cost group of the budget, once.");
            }
            violations.AddWhen(subtotal.After.Length > 0 && !groups.Contains(subtotal.After), $"{at}.after", ViolationReason.InvalidValue, "A cost group of the budget, or empty.");
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
