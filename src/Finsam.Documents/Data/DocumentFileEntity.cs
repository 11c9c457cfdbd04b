using Finsam.Contracts.Documents.V1;

namespace Finsam.Documents.Data;

// One format of a published document, byte for byte as it was published.
public sealed class DocumentFileEntity
{
    public required string FederationId { get; init; }

    // Plan or annual report: each kind has its own.
    public DocumentKind Kind { get; init; }

    public int Year { get; init; }

    public int Version { get; init; }

    // "DOCX", "PDF", "HTML".
    public required string Format { get; init; }

    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public required string Sha256 { get; init; }

    public required byte[] Content { get; init; }
}
