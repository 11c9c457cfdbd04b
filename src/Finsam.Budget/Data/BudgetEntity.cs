using Finsam.Budget.Domain;
using Finsam.ServiceKit.Data;

namespace Finsam.Budget.Data;

// The working version of a federation's budget for a year. What the federation entered
// is kept as the contract's JSON; its state is in columns of its own.
public sealed class BudgetEntity : IStoredDocument
{
    public required string FederationId { get; init; }

    public int FirstYear { get; init; }

    // Stored as it always was: "DRAFT", "PROPOSED", "ADOPTED" (see BudgetConfiguration).
    public BudgetStatus Status { get; set; }

    public int Version { get; set; }

    public required string DocumentJson { get; set; }

    // While adopted: what funding and grants said when the board adopted it (AdoptedInputs).
    public string? AdoptedInputsJson { get; set; }

    public uint RowVersion { get; set; }
}
