using Finsam.Contracts.Funding.V1;
using Finsam.ServiceKit.Grpc;

namespace Finsam.Funding.Validation;

// What makes an allocation's figures acceptable, on create and as an update would leave them.
public static class AllocationValidator
{
    public static void ValidateAmountAndStatus(Allocation allocation, string prefix, FieldViolations violations)
    {
        violations.AddWhen(allocation.StateAmountOre < 0, $"{prefix}.state_amount_ore", ViolationReason.OutOfRange, "An amount cannot be negative.");
        violations.AddWhen(allocation.StateAmountOre > Amounts.MaxOre, $"{prefix}.state_amount_ore", ViolationReason.OutOfRange, "The amount is implausibly large.");
        violations.AddWhen(!Enum.IsDefined(allocation.Status), $"{prefix}.status", ViolationReason.InvalidValue, "Unknown status.");
    }

    // A federation declines part of what is offered, never more.
    public static void ValidateDeclined(Allocation allocation, string prefix, FieldViolations violations) =>
        violations.AddWhen(allocation.DeclinedStateAmountOre < 0 || allocation.DeclinedStateAmountOre > allocation.StateAmountOre,
            $"{prefix}.declined_state_amount_ore", ViolationReason.OutOfRange, "Between 0 and the offered state amount.");
}
