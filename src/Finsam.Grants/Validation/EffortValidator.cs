using Finsam.Contracts.Grants.V1;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Resources;

namespace Finsam.Grants.Validation;

// An effort as a create or an update would leave it, whole.
public static class EffortValidator
{
    public static FieldViolations Validate(Effort effort, string prefix, PlanYears years, FieldViolations violations)
    {
        Texts.Validate(effort.DisplayName, $"{prefix}.display_name", 200, required: true, violations);
        Texts.Validate(effort.Description, $"{prefix}.description", 5000, required: false, violations);
        Texts.Validate(effort.CostGroup, $"{prefix}.cost_group", 100, required: false, violations);
        Texts.Validate(effort.Owner, $"{prefix}.owner", 200, required: false, violations);
        Texts.Validate(effort.TargetGroup, $"{prefix}.target_group", 500, required: false, violations);
        Texts.Validate(effort.Municipality, $"{prefix}.municipality", 200, required: false, violations);
        violations.AddWhen(effort.Kind == EffortKind.Unspecified || !Enum.IsDefined(effort.Kind),
            $"{prefix}.kind", ViolationReason.Required, "Give the kind: individual or structural (an effort with both is registered as two).");

        var start = Dates.Parse(effort.StartOn, $"{prefix}.start_on", violations);
        var end = Dates.Parse(effort.EndOn, $"{prefix}.end_on", violations);
        violations.AddWhen(start is not null && end is not null && end < start, $"{prefix}.end_on", ViolationReason.InvalidValue, "The end comes before the start.");

        for (var i = 0; i < effort.CostLines.Count; i++)
        {
            var line = effort.CostLines[i];
            var at = $"{prefix}.cost_lines[{i}]";
            years.Validate(line.Year, $"{at}.year", violations);
            Texts.Validate(line.Description, $"{at}.description", 200, required: true, violations);
            Amounts.Validate(line.AmountOre, $"{at}.amount_ore", violations);
        }
        return violations;
    }
}
