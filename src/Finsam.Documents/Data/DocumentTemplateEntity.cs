using Finsam.ServiceKit.Data;

namespace Finsam.Documents.Data;

// A federation's document template, kept as the contract's JSON.
public sealed class DocumentTemplateEntity : IStoredDocument
{
    public required string FederationId { get; init; }

    public required string DocumentJson { get; set; }

    public DateTimeOffset UpdateTime { get; set; }

    public uint RowVersion { get; set; }
}
