using Finsam.Budget.Domain;
using Finsam.ServiceKit.Grpc;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Validation;

// A what-if: up to a hundred changes, each to the income or a cost group in one of the
// budget's years.
public static class ScenarioValidator
{
    private const long MaxDeltaOre = 10_000_000_000_000;
    private const int MaxChanges = 100;
    private const int MaxTextLength = 200;

    // Before anything is loaded: the request itself, each year within the longest budget.
    public static void Validate(Contract.CompareScenarioRequest request, int firstYear)
    {
        var violations = new FieldViolations();
        violations.AddWhen(request.DisplayName.Length > MaxTextLength, "display_name", ViolationReason.TooLong, $"At most {MaxTextLength} characters.");
        violations.AddWhen(request.Changes.Count is 0 or > MaxChanges, "changes", ViolationReason.TooMany, $"Between 1 and {MaxChanges} changes.");
        for (var i = 0; i < request.Changes.Count; i++)
        {
            var change = request.Changes[i];
            violations.AddWhen(change.Target == Contract.ScenarioTarget.Unspecified || !Enum.IsDefined(change.Target), $"changes[{i}].target", ViolationReason.InvalidValue, "Income or cost group.");
            violations.AddWhen(change.Year < firstYear || change.Year >= firstYear + BudgetInput.MostPlanYears, $"changes[{i}].year", ViolationReason.InvalidValue, "One of the budget's years.");
            violations.AddWhen(change.DeltaOre is < -MaxDeltaOre or > MaxDeltaOre, $"changes[{i}].delta_ore", ViolationReason.OutOfRange, "At most a hundred billion kronor either way.");
            violations.AddWhen(change.Key.Length == 0, $"changes[{i}].key", ViolationReason.Required, "Required.");
            violations.AddWhen(change.Key.Length > MaxTextLength, $"changes[{i}].key", ViolationReason.TooLong, $"At most {MaxTextLength} characters.");
        }
        violations.ThrowIfAny();
    }

    // Each change is to a year of the budget, and a change to a cost group names one the
    // budget has (its own, or one from grants).
    public static void ValidateAgainst(Contract.CompareScenarioRequest request, BudgetInput budget)
    {
        var violations = new FieldViolations();
        for (var i = 0; i < request.Changes.Count; i++)
        {
            var change = request.Changes[i];
            violations.AddWhen(change.Year < budget.FirstYear || change.Year > budget.LastYear, $"changes[{i}].year", ViolationReason.InvalidValue,
                $"One of the budget's years, {budget.FirstYear} to {budget.LastYear}.");
            violations.AddWhen(change.Target == Contract.ScenarioTarget.CostGroup && budget.CostGroups.All(g => g.Key != change.Key), $"changes[{i}].key", ViolationReason.InvalidValue,
                $"The budget has no cost group '{change.Key}'; it has {string.Join(", ", budget.CostGroups.Select(g => g.Key))}.");
        }
        violations.ThrowIfAny();
    }
}
