using System.Globalization;
using Finsam.Contracts.Grants.V1;
using Finsam.ServiceKit.Grpc;

namespace Finsam.Grants.Validation;

public static class EffortValidator
{
    public const long MaxAmountOre = 10_000_000_000_000;
    public const int FirstYear = 2004;

    public static void Validate(Effort effort, string prefix, int lastYear, FieldViolations violations)
    {
        Text(effort.DisplayName, $"{prefix}.display_name", 200, required: true, violations);
        Text(effort.Description, $"{prefix}.description", 5000, required: false, violations);
        Text(effort.CostGroup, $"{prefix}.cost_group", 100, required: false, violations);
        Text(effort.Owner, $"{prefix}.owner", 200, required: false, violations);
        Text(effort.TargetGroup, $"{prefix}.target_group", 500, required: false, violations);
        Text(effort.Municipality, $"{prefix}.municipality", 200, required: false, violations);
        violations.AddWhen(effort.Kind == EffortKind.Unspecified || !Enum.IsDefined(effort.Kind),
            $"{prefix}.kind", ViolationReason.Required, "Give the kind: individual or structural (an effort with both is registered as two).");

        var start = Date(effort.StartOn, $"{prefix}.start_on", violations);
        var end = Date(effort.EndOn, $"{prefix}.end_on", violations);
        violations.AddWhen(start is not null && end is not null && end < start, $"{prefix}.end_on", ViolationReason.InvalidValue, "The end comes before the start.");

        for (var i = 0; i < effort.CostLines.Count; i++)
        {
            var line = effort.CostLines[i];
            var at = $"{prefix}.cost_lines[{i}]";
            violations.AddWhen(line.Year < FirstYear || line.Year > lastYear, $"{at}.year", ViolationReason.OutOfRange, $"The year must be between {FirstYear} and {lastYear}.");
            Text(line.Description, $"{at}.description", 200, required: true, violations);
            violations.AddWhen(line.AmountOre is < 0 or > MaxAmountOre, $"{at}.amount_ore", ViolationReason.OutOfRange, "An amount between 0 and a hundred billion kronor.");
        }
    }

    // Empty is allowed (no date); otherwise YYYY-MM-DD.
    public static DateOnly? Date(string value, string field, FieldViolations violations)
    {
        if (value.Length == 0)
        {
            return null;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        violations.Add(field, ViolationReason.InvalidFormat, "Expected a date as YYYY-MM-DD.");
        return null;
    }

    private static void Text(string value, string field, int max, bool required, FieldViolations violations)
    {
        violations.AddWhen(required && string.IsNullOrWhiteSpace(value), field, ViolationReason.Required, "Required.");
        violations.AddWhen(value.Length > max, field, ViolationReason.TooLong, $"At most {max} characters.");
    }
}
