using Finsam.ServiceKit.Data;

namespace Finsam.Budget.Data;

// A federation's mapping from its accounts and objects to its budget, kept as the contract's JSON.
public sealed class ActualsMappingEntity : IStoredDocument
{
    public required string FederationId { get; init; }

    public required string DocumentJson { get; set; }

    // As the goals: the officers set the whole mapping at once and the last setting wins.
    uint IStoredDocument.RowVersion => 0;
}
