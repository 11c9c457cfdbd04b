using Finsam.Contracts.Documents.V1;

namespace Finsam.Documents.Data;

// A published document: never changed once written (the table refuses updates).
public sealed class DocumentVersionEntity
{
    public required string FederationId { get; init; }

    // Plan or annual report: each kind has its own.
    public DocumentKind Kind { get; init; }

    public int Year { get; init; }

    public int Version { get; init; }

    public required string Budget { get; init; }

    public int BudgetVersion { get; init; }

    public required string AdoptedOn { get; init; }

    public required string ReferenceNumber { get; init; }

    // Text, not jsonb: kept exactly as hashed.
    public required string InputsJson { get; init; }

    public required string InputsSha256 { get; init; }

    public required string PublishedBy { get; init; }

    public DateTimeOffset PublishTime { get; init; }

    public string? RequestId { get; init; }

    public List<DocumentFileEntity> Files { get; init; } = [];
}
