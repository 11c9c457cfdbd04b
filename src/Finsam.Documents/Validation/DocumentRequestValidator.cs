using Finsam.Contracts.Documents.V1;
using Finsam.Documents.Rendering;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Resources;

namespace Finsam.Documents.Validation;

// Each request's names and fields, checked before anything is read. A name is parsed for
// its form and its year; the federation is the one the access check resolved from it.
// What a template or a text may say is DocumentContentValidator's.
public sealed class DocumentRequestValidator(PlanYears years)
{
    public void Validate(GetDocumentTemplateRequest request) => DocumentNames.Template.Parse(request.Name, "name");

    public DocumentTemplate Validate(UpdateDocumentTemplateRequest request)
    {
        var template = Required(request.Template, "template");
        DocumentNames.Template.Parse(template.Name, "template.name");
        return template;
    }

    public int Validate(GetPlanTextRequest request) => Year(DocumentNames.PlanText, request.Name, "name");

    public (PlanText Text, int Year) Validate(UpdatePlanTextRequest request)
    {
        var text = Required(request.PlanText, "plan_text");
        return (text, Year(DocumentNames.PlanText, text.Name, "plan_text.name"));
    }

    public int Validate(RenderDocumentRequest request) => Rendering(request.Name, request.Format);

    public int Validate(PreviewDocumentRequest request) => Rendering(request.Name, request.Format);

    // The document's year; the draft template and text, where given, are that document's own
    // (their content is DocumentContentValidator's, as when they are saved).
    public int Validate(PreviewDocumentDraftRequest request)
    {
        var document = DocumentNames.Document.Parse(request.Name, "name");
        var year = years.Require(document, "name");
        var violations = new FieldViolations();
        if (request.Template is { } template)
        {
            violations.AddWhen(template.Name != DocumentNames.Template.Format(document.Federation), "template.name", ViolationReason.InvalidValue,
                $"Expected {DocumentNames.Template.Format(document.Federation)}, the document's federation's template.");
        }
        if (request.PlanText is { } text)
        {
            violations.AddWhen(text.Name != DocumentNames.PlanText.Format(document.Federation, year), "plan_text.name", ViolationReason.InvalidValue,
                $"Expected {DocumentNames.PlanText.Format(document.Federation, year)}, the document's year's text.");
        }
        violations.ThrowIfAny();
        return year;
    }

    public (int Year, string? RequestId) Validate(PublishDocumentRequest request)
    {
        var year = Year(DocumentNames.Document, request.Parent, "parent");
        RequestIds.Validate(request.RequestId, new FieldViolations()).ThrowIfAny();
        return (year, RequestIds.Stored(request.RequestId));
    }

    public int Validate(ListDocumentVersionsRequest request) => Year(DocumentNames.Document, request.Parent, "parent");

    public void Validate(ListPublishedDocumentsRequest request) => DocumentNames.Federation.Parse(request.Parent, "parent");

    public (int Year, int Version) Validate(GetDocumentVersionRequest request) => Version(request.Name, "name");

    public (int Year, int Version) Validate(DownloadDocumentVersionRequest request)
    {
        var version = Version(request.Name, "name");
        Format(request.Format);
        return version;
    }

    // A document to render now: its year, and a format there is a writer for.
    private int Rendering(string name, FileFormat format)
    {
        var year = Year(DocumentNames.Document, name, "name");
        Format(format);
        return year;
    }

    private int Year(ResourcePattern pattern, string name, string field) => years.Require(pattern.Parse(name, field), field);

    private (int Year, int Version) Version(string name, string field)
    {
        var parsed = DocumentNames.Version.Parse(name, field);
        var year = years.Require(parsed, field);
        var version = parsed.Int("version");
        FieldViolations.ThrowWhen(version < Domain.Publication.FirstVersion, field, ViolationReason.InvalidFormat,
            $"Expected {DocumentNames.Version.Expected}, versions counted from {Domain.Publication.FirstVersion}.");
        return (year, version);
    }

    private static void Format(FileFormat format) =>
        FieldViolations.ThrowWhen(!DocumentRenderer.Formats.Contains(format), "format", ViolationReason.InvalidValue, "DOCX, PDF or HTML.");

    private static T Required<T>(T? message, string field) where T : class
    {
        FieldViolations.ThrowWhen(message is null, field, ViolationReason.Required, "Required.");
        return message!;
    }
}
