using Finsam.Contracts.Grants.V1;
using Finsam.Grants.Grpc;
using Finsam.ServiceKit.Grpc;

namespace Finsam.Grants.Validation;

// Counts of people: none negative, none beyond what one effort could take in a year, and no
// breakdown counting more than its whole.
public static class ParticipantsValidator
{
    public const int MaxCount = 100_000;

    public static void Validate(Participants participants, string prefix, FieldViolations violations)
    {
        var outOfRange = false;
        foreach (var field in Participants.Descriptor.Fields.InDeclarationOrder())
        {
            var count = (int)field.Accessor.GetValue(participants);
            if (count is < 0 or > MaxCount)
            {
                violations.Add($"{prefix}.{field.Name}", ViolationReason.OutOfRange, $"A count of people, 0 to {MaxCount}.");
                outOfRange = true;
            }
        }
        if (outOfRange)
        {
            return;
        }
        foreach (var breakdown in participants.ToDomain().Overcounted())
        {
            violations.Add($"{prefix}.{FirstField(breakdown)}", ViolationReason.InvalidValue, breakdown == "outcome"
                ? "Those who ended by where they went count more than ended."
                : $"Those who started by {breakdown.Replace('_', ' ')} count more than started.");
        }
    }

    // The breakdown's first field, where the refusal is shown.
    private static string FirstField(string breakdown) => breakdown switch
    {
        "gender" => "women",
        "age" => "aged_16_to_29",
        "status_before" => "before_sickness_benefit",
        _ => "after_work",
    };
}
