namespace Finsam.Grants.Data;

// What one federation's effort costs are computed from: its efforts in the order it entered
// them, the board's decisions on them, and the money it has reserved.
public sealed record CostSources(
    IReadOnlyList<EffortEntity> Efforts,
    IReadOnlyList<DecisionEntity> Decisions,
    IReadOnlyList<ReservationEntity> Reservations);
