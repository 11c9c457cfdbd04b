using System.Globalization;
using Finsam.Documents.Rendering;
using Finsam.ServiceKit.Data;
using Google.Protobuf.WellKnownTypes;
using Contract = Finsam.Contracts.Documents.V1;

namespace Finsam.Documents.Data;

// What is stored, as the contract shows it: the one mapping from rows to messages.
internal static class DocumentMapping
{
    public static Contract.DocumentTemplate ToContract(DocumentTemplateEntity entity)
    {
        var template = StoredDocuments.Deserialize<Contract.DocumentTemplate>(entity);
        template.Name = DocumentNames.TemplateOf(entity.Kind).Format(entity.FederationId);
        template.Etag = Etag(entity);
        template.UpdateTime = Timestamp.FromDateTimeOffset(entity.UpdateTime);
        return template;
    }

    public static Contract.PlanText ToContract(PlanTextEntity entity)
    {
        var text = StoredDocuments.Deserialize<Contract.PlanText>(entity);
        text.Name = DocumentNames.TextOf(entity.Kind).Format(entity.FederationId, entity.Year);
        text.Etag = Etag(entity);
        text.UpdateTime = Timestamp.FromDateTimeOffset(entity.UpdateTime);
        return text;
    }

    // A version with its files (of this version or more; the others are left out), and its
    // inputs only when asked for.
    public static Contract.DocumentVersion ToContract(DocumentVersionEntity entity, IEnumerable<FileSummary> files, bool withInputs)
    {
        var version = new Contract.DocumentVersion
        {
            Name = DocumentNames.VersionOf(entity.Kind).Format(entity.FederationId, entity.Year, entity.Version),
            Kind = entity.Kind,
            Year = entity.Year,
            Version = entity.Version,
            Budget = entity.Budget,
            BudgetVersion = entity.BudgetVersion,
            AdoptedOn = entity.AdoptedOn,
            ReferenceNumber = entity.ReferenceNumber,
            InputsSha256 = entity.InputsSha256,
            InputsJson = withInputs ? entity.InputsJson : "",
            PublishedBy = entity.PublishedBy,
            PublishTime = Timestamp.FromDateTimeOffset(entity.PublishTime),
        };
        version.Files.AddRange(files
            .Where(f => f.Version == entity.Version)
            .OrderBy(f => Array.IndexOf(DocumentRenderer.Formats, FormatOf(f.Format)))
            .Select(f => new Contract.RenderedFile { Format = FormatOf(f.Format), FileName = f.FileName, Size = f.Size, Sha256 = f.Sha256 }));
        return version;
    }

    // Formats are stored by name: "DOCX", "PDF", "HTML".
    public static string StoredFormat(Contract.FileFormat format) => format.ToString().ToUpperInvariant();

    private static Contract.FileFormat FormatOf(string stored) => System.Enum.Parse<Contract.FileFormat>(stored, ignoreCase: true);

    private static string Etag(IStoredDocument entity) => entity.RowVersion.ToString(CultureInfo.InvariantCulture);
}

// What a version's file is, without its content.
internal sealed record FileSummary(int Version, string Format, string FileName, long Size, string Sha256);
