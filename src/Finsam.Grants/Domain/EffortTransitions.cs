namespace Finsam.Grants.Domain;

// The life of an effort: draft → applied → granted → running → ended, or rejected or
// withdrawn on the way. Money is granted only by a board decision, and a grant without
// one can neither be given nor start to run.
public static class EffortTransitions
{
    private static readonly Dictionary<EffortStatus, EffortStatus[]> Legal = new()
    {
        [EffortStatus.Draft] = [EffortStatus.Applied, EffortStatus.Withdrawn],
        [EffortStatus.Applied] = [EffortStatus.Granted, EffortStatus.Rejected, EffortStatus.Withdrawn],
        [EffortStatus.Granted] = [EffortStatus.Running, EffortStatus.Withdrawn],
        [EffortStatus.Running] = [EffortStatus.Ended],
        [EffortStatus.Ended] = [],
        [EffortStatus.Rejected] = [],
        [EffortStatus.Withdrawn] = [],
    };

    // Every effort starts as a draft.
    public const EffortStatus Initial = EffortStatus.Draft;

    // Null when the move is allowed; otherwise why not, for the person who tried.
    public static string? WhyNot(EffortStatus from, EffortStatus to, bool hasDecision) => Refusal(from, to, hasDecision)?.Reason;

    // Null when the move is allowed; otherwise which rule refuses it (a stable code a client
    // app words in its own language) and why, in English.
    public static EffortMoveRefusal? Refusal(EffortStatus from, EffortStatus to, bool hasDecision)
    {
        if (!Legal[from].Contains(to))
        {
            return new EffortMoveRefusal(EffortMoveRefusal.NotAllowed, Legal[from].Length == 0
                ? $"A {Name(from)} effort stays {Name(from)}."
                : $"A {Name(from)} effort can become {string.Join(" or ", Legal[from].Select(Name))}, not {Name(to)}.");
        }
        if (to is EffortStatus.Granted or EffortStatus.Running && !hasDecision)
        {
            return new EffortMoveRefusal(EffortMoveRefusal.DecisionRequired,
                $"The effort cannot be {Name(to)} without a board decision granting it; record the decision first.");
        }
        return null;
    }

    public static bool HasMoney(EffortStatus status) => status is EffortStatus.Granted or EffortStatus.Running or EffortStatus.Ended;

    public static bool CanBeDeleted(EffortStatus status) => status is EffortStatus.Draft or EffortStatus.Rejected or EffortStatus.Withdrawn;

    // Null when the effort may be deleted; otherwise why not. A board decision keeps its
    // effort on record whatever the effort's status, as money once given does.
    public static string? WhyNotDelete(EffortStatus status, bool hasDecision) =>
        CanBeDeleted(status) && !hasDecision ? null : "An effort that was granted money stays on record; withdraw or end it instead.";

    // API messages are English; a client app shows the Swedish word for each status itself.
    private static string Name(EffortStatus status) => status switch
    {
        EffortStatus.Draft => "draft",
        EffortStatus.Applied => "applied",
        EffortStatus.Granted => "granted",
        EffortStatus.Running => "running",
        EffortStatus.Ended => "ended",
        EffortStatus.Rejected => "rejected",
        _ => "withdrawn",
    };
}
