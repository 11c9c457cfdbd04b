using Finsam.ServiceKit.Data;

namespace Finsam.Budget.Data;

public sealed class FinancialGoalsEntity : IStoredDocument
{
    public required string FederationId { get; init; }

    public required string DocumentJson { get; set; }

    // The goals have no etag in the contract: a board sets all of them at once, and the last
    // setting wins. No row version is mapped, so none is ever compared.
    uint IStoredDocument.RowVersion => 0;
}
