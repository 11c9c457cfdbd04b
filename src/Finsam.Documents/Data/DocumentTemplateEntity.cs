using Finsam.Contracts.Documents.V1;

using Finsam.ServiceKit.Data;

namespace Finsam.Documents.Data;

// A federation's template for one kind of document, kept as the contract's JSON.
public sealed class DocumentTemplateEntity : IStoredDocument
{
    public required string FederationId { get; init; }

    // Plan or annual report: each kind has its own.
    public DocumentKind Kind { get; init; }

    public required string DocumentJson { get; set; }

    public DateTimeOffset UpdateTime { get; set; }

    public uint RowVersion { get; set; }
}
