using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Resources;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Validation;

// The board's goals: shares in basis points (0 to 10 000), amounts not below zero, an equity
// band a plan year each.
public static class FinancialGoalsValidator
{
    private const int Whole = 10_000;

    private const int MaxEquityBands = 30;
    private const int MaxGroupShareCaps = 20;
    private const int MaxLabelLength = 200;

    public static Contract.FinancialGoals Validate(Contract.SetFinancialGoalsRequest request, PlanYears years)
    {
        FieldViolations.ThrowWhen(request.FinancialGoals is null, "financial_goals", ViolationReason.Required, "Required.");
        var violations = new FieldViolations();
        Validate(request.FinancialGoals!, years, violations);
        violations.ThrowIfAny();
        return request.FinancialGoals!;
    }

    // The goals given as a request's `financial_goals`, whether to set them or to compute an
    // unsaved budget with them.
    public static void Validate(Contract.FinancialGoals goals, PlanYears years, FieldViolations violations)
    {
        Names.FinancialGoals.Parse(goals.Name, "financial_goals.name", violations);
        violations.AddWhen(goals.MaxEquityShareBasisPoints is < 0 or > Whole, "financial_goals.max_equity_share_basis_points", ViolationReason.OutOfRange, "Between 0 and 10 000.");
        violations.AddWhen(goals.MinEquityShareBasisPoints is < 0 or > Whole, "financial_goals.min_equity_share_basis_points", ViolationReason.OutOfRange, "Between 0 and 10 000.");
        violations.AddWhen(goals.MinEquityShareBasisPoints is > 0 and <= Whole && goals.MaxEquityShareBasisPoints is > 0 and <= Whole && goals.MinEquityShareBasisPoints > goals.MaxEquityShareBasisPoints,
            "financial_goals.min_equity_share_basis_points", ViolationReason.OutOfRange, "Not above the highest share, max_equity_share_basis_points.");
        violations.AddWhen(goals.MinIndividualShareBasisPoints is < 0 or > Whole, "financial_goals.min_individual_share_basis_points", ViolationReason.OutOfRange, "Between 0 and 10 000.");
        violations.AddWhen(goals.MinEquityOre < 0, "financial_goals.min_equity_ore", ViolationReason.OutOfRange, "Cannot be negative.");
        violations.AddWhen(goals.RecommendationSteps.Any(s => s.BudgetUpToOre <= 0 || s.MaxEquityOre < 0), "financial_goals.recommendation_steps", ViolationReason.OutOfRange, "Each step: a budget size above zero and an equity not below zero.");
        violations.AddWhen(goals.EquityBands.Count > MaxEquityBands, "financial_goals.equity_bands", ViolationReason.TooMany, $"At most {MaxEquityBands}.");
        for (var b = 0; b < Math.Min(goals.EquityBands.Count, MaxEquityBands); b++)
        {
            var band = goals.EquityBands[b];
            var at = $"financial_goals.equity_bands[{b}]";
            years.Validate(band.Year, $"{at}.year", violations);
            violations.AddWhen(goals.EquityBands.Take(b).Any(other => other.Year == band.Year), $"{at}.year", ViolationReason.InvalidValue, "One band a year.");
            violations.AddWhen(!band.HasMinEquityOre && !band.HasMaxEquityOre, at, ViolationReason.Required, "A lowest equity, a highest, or both.");
            violations.AddWhen(band.HasMinEquityOre && band.HasMaxEquityOre && band.MinEquityOre > band.MaxEquityOre, $"{at}.max_equity_ore", ViolationReason.OutOfRange, "Not below the lowest equity.");
        }
        violations.AddWhen(goals.GroupShareCaps.Count > MaxGroupShareCaps, "financial_goals.group_share_caps", ViolationReason.TooMany, $"At most {MaxGroupShareCaps}.");
        for (var c = 0; c < Math.Min(goals.GroupShareCaps.Count, MaxGroupShareCaps); c++)
        {
            var cap = goals.GroupShareCaps[c];
            var at = $"financial_goals.group_share_caps[{c}]";
            violations.AddWhen(string.IsNullOrWhiteSpace(cap.Label), $"{at}.label", ViolationReason.Required, "How the goal names the groups, e.g. \"Förbundets administration\".");
            violations.AddWhen(cap.Label.Length > MaxLabelLength, $"{at}.label", ViolationReason.TooLong, $"At most {MaxLabelLength} characters.");
            violations.AddWhen(cap.Groups.Count == 0, $"{at}.groups", ViolationReason.Required, "The keys of the budget's cost groups it caps.");
            for (var g = 0; g < cap.Groups.Count; g++)
            {
                ResourceId.Validate(cap.Groups[g], $"{at}.groups[{g}]", violations);
            }
            violations.AddWhen(cap.MaxBasisPoints is <= 0 or > Whole, $"{at}.max_basis_points", ViolationReason.OutOfRange, "Between 1 and 10 000.");
        }
    }
}
