namespace Finsam.Grants.Domain;

// Why an effort may not move to a status: Code is google.rpc.PreconditionFailure's violation
// type (UPPER_SNAKE, never renamed once published), Reason the English text beside it.
public sealed record EffortMoveRefusal(string Code, string Reason)
{
    // The status cannot follow the effort's present one at all.
    public const string NotAllowed = "STATUS_MOVE_NOT_ALLOWED";

    // Granted and running need a board decision that grants the effort money.
    public const string DecisionRequired = "DECISION_REQUIRED";
}
