namespace Finsam.Budget.Domain;

// Where a cost group's amounts come from: the federation's own lines, or grants.
public enum CostGroupSource
{
    Entered,

    // The efforts the board has decided, each at its decided cost.
    DecidedEfforts,

    // Money reserved for efforts not yet named.
    Reserved,

    // Both in one group.
    DecidedAndReserved,
}
