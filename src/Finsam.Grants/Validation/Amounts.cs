using Finsam.ServiceKit.Grpc;

namespace Finsam.Grants.Validation;

// Money in öre: never negative, and far below what a long holds, so sums of many stay exact.
public static class Amounts
{
    public const long MaxOre = 10_000_000_000_000;

    public static FieldViolations Validate(long amountOre, string field, FieldViolations violations) =>
        violations.AddWhen(amountOre is < 0 or > MaxOre, field, ViolationReason.OutOfRange, "An amount between 0 and a hundred billion kronor.");
}
