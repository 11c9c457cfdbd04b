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

    // Null when the move is allowed; otherwise why not, for the person who tried.
    public static string? WhyNot(EffortStatus from, EffortStatus to, bool hasDecision)
    {
        if (!Legal[from].Contains(to))
        {
            return Legal[from].Length == 0
                ? $"A {Swedish(from)} effort stays {Swedish(from)}."
                : $"A {Swedish(from)} effort can become {string.Join(" or ", Legal[from].Select(Swedish))}, not {Swedish(to)}.";
        }
        if (to is EffortStatus.Granted or EffortStatus.Running && !hasDecision)
        {
            return $"The effort cannot be {Swedish(to)} without a board decision granting it; record the decision first.";
        }
        return null;
    }

    public static bool HasMoney(EffortStatus status) => status is EffortStatus.Granted or EffortStatus.Running or EffortStatus.Ended;

    public static bool CanBeDeleted(EffortStatus status) => status is EffortStatus.Draft or EffortStatus.Rejected or EffortStatus.Withdrawn;

    private static string Swedish(EffortStatus status) => status switch
    {
        EffortStatus.Draft => "utkast (draft)",
        EffortStatus.Applied => "ansökt (applied)",
        EffortStatus.Granted => "beviljad (granted)",
        EffortStatus.Running => "pågående (running)",
        EffortStatus.Ended => "avslutad (ended)",
        EffortStatus.Rejected => "avslagen (rejected)",
        _ => "återtagen (withdrawn)",
    };
}
