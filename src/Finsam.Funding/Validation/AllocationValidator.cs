using Finsam.Contracts.Funding.V1;
using Finsam.ServiceKit.Grpc;

namespace Finsam.Funding.Validation;

public static class AllocationValidator
{
    // A hundred billion kronor: far above any federation, far below overflow.
    public const long MaxAmountOre = 10_000_000_000_000;

    public static void ValidateAmountAndStatus(Allocation allocation, string prefix, FieldViolations violations)
    {
        violations.AddWhen(allocation.StateAmountOre < 0, $"{prefix}.state_amount_ore", ViolationReason.OutOfRange, "An amount cannot be negative.");
        violations.AddWhen(allocation.StateAmountOre > MaxAmountOre, $"{prefix}.state_amount_ore", ViolationReason.OutOfRange, "The amount is implausibly large.");
        violations.AddWhen(!Enum.IsDefined(allocation.Status), $"{prefix}.status", ViolationReason.InvalidValue, "Unknown status.");
    }

    // A federation declines part of what is offered, never more.
    public static void ValidateDeclined(Allocation allocation, string prefix, FieldViolations violations) =>
        violations.AddWhen(allocation.DeclinedStateAmountOre < 0 || allocation.DeclinedStateAmountOre > allocation.StateAmountOre,
            $"{prefix}.declined_state_amount_ore", ViolationReason.OutOfRange, "Between 0 and the offered state amount.");
}
