namespace Finsam.Budget.Domain;

public enum BudgetStatus
{
    // Being written; changed freely.
    Draft,

    // Sent to the members for consultation; still changed freely.
    Proposed,

    // Adopted by the board: locked, and kept as it was adopted.
    Adopted,
}
