namespace Finsam.Funding.Domain;

// A year's allocation as it stands: its status, the state's half as last announced (the
// offer), and the part of the offer the federation declines.
public sealed record AllocationFigures(AllocationStatus Status, long StateAmountOre, long DeclinedOre);

// What a move leaves: the figures after it, and the kind of announcement it records (none
// when only the declined part changed).
public sealed record AllocationChange(AllocationFigures After, AnnouncementKind? Announced);

// The life of a year's allocation as Försäkringskassan announces it: the autumn's status
// report (which may be revised), then the formal decision, then revisions of the decided
// figure. The allocation carries the latest announced figure, and is decided from the
// decision on. Every announcement is kept, numbered from 1 in the order recorded.
public static class AllocationLifecycle
{
    public const int FirstSequence = 1;

    private static readonly Dictionary<AllocationStatus, AnnouncementKind[]> Legal = new()
    {
        [AllocationStatus.Preliminary] = [AnnouncementKind.Preliminary, AnnouncementKind.Decision, AnnouncementKind.Revision],
        [AllocationStatus.Decided] = [AnnouncementKind.Revision],
    };

    // Recording an allocation is its first announcement: the status report, or the decision
    // when the allocation is recorded as decided.
    public static AllocationChange Record(AllocationStatus status, long stateAmountOre) => new(
        new AllocationFigures(status, stateAmountOre, DeclinedOre: 0),
        status == AllocationStatus.Decided ? AnnouncementKind.Decision : AnnouncementKind.Preliminary);

    // Null when an announcement of this kind may follow; otherwise why not.
    public static string? WhyNot(AllocationStatus status, AnnouncementKind kind) =>
        Legal[status].Contains(kind)
            ? null
            : $"A {Name(status)} allocation takes {string.Join(" or ", Legal[status].Select(Name))}, not {Name(kind)}.";

    // The announced figure replaces the offer, and a decision decides. A federation cannot
    // decline more than is offered, so a lower figure lowers what it declines.
    public static AllocationChange Announce(AllocationFigures current, AnnouncementKind kind, long stateAmountOre)
    {
        if (WhyNot(current.Status, kind) is { } reason)
        {
            throw new FundingRuleException("announcement.kind", reason);
        }
        var status = kind == AnnouncementKind.Decision ? AllocationStatus.Decided : current.Status;
        return new AllocationChange(
            new AllocationFigures(status, stateAmountOre, Math.Min(current.DeclinedOre, stateAmountOre)),
            kind);
    }

    // Null when the figures may be edited from one status to the other; otherwise why not.
    public static string? WhyNot(AllocationStatus from, AllocationStatus to) =>
        from == AllocationStatus.Decided && to != AllocationStatus.Decided
            ? "A decided allocation stays decided; announce a revision to change its figure."
            : null;

    // An edit of the figures is recorded as the announcement it amounts to: becoming decided
    // is the decision, any other change of figure or status a revision. A change of the
    // declined part alone announces nothing.
    public static AllocationChange Edit(AllocationFigures current, AllocationFigures proposed)
    {
        if (WhyNot(current.Status, proposed.Status) is { } reason)
        {
            throw new FundingRuleException("allocation.status", reason);
        }
        AnnouncementKind? announced =
            proposed.Status == AllocationStatus.Decided && current.Status != AllocationStatus.Decided ? AnnouncementKind.Decision
            : proposed.StateAmountOre != current.StateAmountOre || proposed.Status != current.Status ? AnnouncementKind.Revision
            : null;
        return new AllocationChange(proposed, announced);
    }

    // The number of the next announcement after the latest one recorded (none: the first).
    public static int NextSequence(int? latest) => latest is { } sequence ? sequence + 1 : FirstSequence;

    private static string Name(AllocationStatus status) => status == AllocationStatus.Decided ? "decided" : "preliminary";

    private static string Name(AnnouncementKind kind) => kind switch
    {
        AnnouncementKind.Preliminary => "a status report",
        AnnouncementKind.Decision => "the formal decision",
        _ => "a revision",
    };
}
