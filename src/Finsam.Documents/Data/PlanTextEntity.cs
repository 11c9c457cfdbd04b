using Finsam.Contracts.Documents.V1;

using Finsam.ServiceKit.Data;

namespace Finsam.Documents.Data;

// The federation's narrative for one year's plan or annual report, kept as the contract's JSON.
public sealed class PlanTextEntity : IStoredDocument
{
    public required string FederationId { get; init; }

    // Plan or annual report: each kind has its own.
    public DocumentKind Kind { get; init; }

    public int Year { get; init; }

    public required string DocumentJson { get; set; }

    public DateTimeOffset UpdateTime { get; set; }

    public uint RowVersion { get; set; }
}
