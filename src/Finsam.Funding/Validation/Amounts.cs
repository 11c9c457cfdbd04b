using Finsam.ServiceKit.Grpc;

namespace Finsam.Funding.Validation;

// Amounts in öre that a federation records: never negative, and at most a hundred billion
// kronor, far above any federation and far below overflow.
public static class Amounts
{
    public const long MaxOre = 10_000_000_000_000;

    public static FieldViolations Validate(long amountOre, string field, FieldViolations violations) =>
        violations.AddWhen(amountOre is < 0 or > MaxOre, field, ViolationReason.OutOfRange, "An amount between 0 and a hundred billion kronor.");
}
