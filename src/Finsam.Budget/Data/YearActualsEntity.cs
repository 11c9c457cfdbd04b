using Finsam.ServiceKit.Data;

namespace Finsam.Budget.Data;

// A financial year's actuals as last imported, kept as the contract's JSON.
public sealed class YearActualsEntity : IStoredDocument
{
    public required string FederationId { get; init; }

    public int Year { get; init; }

    public required string DocumentJson { get; set; }

    public uint RowVersion { get; set; }
}
