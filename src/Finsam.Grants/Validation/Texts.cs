using Finsam.ServiceKit.Grpc;

namespace Finsam.Grants.Validation;

// Free text a person enters: a length every column and screen can hold, and present where required.
public static class Texts
{
    public static FieldViolations Validate(string value, string field, int maxLength, bool required, FieldViolations violations)
    {
        violations.AddWhen(required && string.IsNullOrWhiteSpace(value), field, ViolationReason.Required, "Required.");
        return MaxLength(value, field, maxLength, violations);
    }

    public static FieldViolations MaxLength(string value, string field, int maxLength, FieldViolations violations) =>
        violations.AddWhen(value.Length > maxLength, field, ViolationReason.TooLong, $"At most {maxLength} characters.");
}
