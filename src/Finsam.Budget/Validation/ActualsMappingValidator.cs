using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Resources;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Validation;

// A mapping the follow-up can use as it stands: each account prefix digits and once, each to a
// row; each object of a dimension once, to an effort of the federation.
public static class ActualsMappingValidator
{
    public const int MaxRules = 2_000;
    private const int MaxPrefixLength = 10;
    private const int MaxTextLength = 300;

    private static readonly ResourcePattern Effort = ResourcePattern.Of("federations/{federation}/efforts/{effort}");

    public static Contract.ActualsMapping Validate(Contract.SetActualsMappingRequest request)
    {
        FieldViolations.ThrowWhen(request.ActualsMapping is null, "actuals_mapping", ViolationReason.Required, "Required.");
        var mapping = request.ActualsMapping!;
        var violations = new FieldViolations();
        Names.ActualsMapping.Parse(mapping.Name, "actuals_mapping.name", violations);
        violations.AddWhen(mapping.Accounts.Count > MaxRules, "actuals_mapping.accounts", ViolationReason.TooMany, $"At most {MaxRules}.");
        violations.AddWhen(mapping.Objects.Count > MaxRules, "actuals_mapping.objects", ViolationReason.TooMany, $"At most {MaxRules}.");
        violations.ThrowIfAny();

        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < mapping.Accounts.Count; i++)
        {
            var rule = mapping.Accounts[i];
            var field = $"actuals_mapping.accounts[{i}]";
            violations.AddWhen(rule.Prefix.Length is 0 or > MaxPrefixLength || !rule.Prefix.All(char.IsAsciiDigit),
                $"{field}.prefix", ViolationReason.InvalidFormat, $"An account or its beginning: 1 to {MaxPrefixLength} digits.");
            violations.AddWhen(!prefixes.Add(rule.Prefix), $"{field}.prefix", ViolationReason.Duplicate, "Each account once: the longest prefix decides.");
            Text(rule.Row, $"{field}.row", violations);
        }

        var objects = new HashSet<(string, string)>();
        for (var i = 0; i < mapping.Objects.Count; i++)
        {
            var rule = mapping.Objects[i];
            var field = $"actuals_mapping.objects[{i}]";
            violations.AddWhen(rule.Dimension.Length is 0 or > MaxPrefixLength || !rule.Dimension.All(char.IsAsciiDigit),
                $"{field}.dimension", ViolationReason.InvalidFormat, "The dimension's number, as the accounts give it (#DIM).");
            Text(rule.Object, $"{field}.object", violations);
            violations.AddWhen(!objects.Add((rule.Dimension, rule.Object)), $"{field}.object", ViolationReason.Duplicate, "Each object of a dimension once.");
            Effort.Parse(rule.Effort, $"{field}.effort", violations);
        }
        violations.ThrowIfAny();
        return mapping;
    }

    private static void Text(string value, string field, FieldViolations violations)
    {
        violations.AddWhen(string.IsNullOrWhiteSpace(value), field, ViolationReason.Required, "Required.");
        violations.AddWhen(value.Length > MaxTextLength, field, ViolationReason.TooLong, $"At most {MaxTextLength} characters.");
        violations.AddWhen(value.Any(char.IsControl), field, ViolationReason.InvalidCharacter, "No control characters.");
    }
}
