using Finsam.Contracts.Documents.V1;
using Finsam.Documents.Rendering;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Resources;

namespace Finsam.Documents.Validation;

// Each request's names and fields, checked before anything is read. A name is parsed for
// its form, its kind (a plan's or an annual report's) and its year; the federation is the one
// the access check resolved from it. What a template or a text may say is
// DocumentContentValidator's.
public sealed class DocumentRequestValidator(PlanYears years)
{
    public DocumentKind Validate(GetDocumentTemplateRequest request) => DocumentNames.ParseTemplate(request.Name, "name").Kind;

    public DocumentKind Validate(UpdateDocumentTemplateRequest request)
    {
        var template = Required(request.Template, "template");
        return DocumentNames.ParseTemplate(template.Name, "template.name").Kind;
    }

    public YearDocument Validate(GetPlanTextRequest request) => Year(DocumentNames.ParseText(request.Name, "name"), "name");

    public YearDocument Validate(UpdatePlanTextRequest request)
    {
        var text = Required(request.PlanText, "plan_text");
        return Year(DocumentNames.ParseText(text.Name, "plan_text.name"), "plan_text.name");
    }

    public YearDocument Validate(RenderDocumentRequest request) => Rendering(request.Name, request.Format);

    public YearDocument Validate(PreviewDocumentRequest request) => Rendering(request.Name, request.Format);

    // The document's kind and year; the draft template and text, where given, are that
    // document's own (their content is DocumentContentValidator's, as when they are saved).
    public YearDocument Validate(PreviewDocumentDraftRequest request)
    {
        var parsed = DocumentNames.ParseDocument(request.Name, "name");
        var document = Year(parsed, "name");
        var federation = parsed.Name.Federation;
        var violations = new FieldViolations();
        if (request.Template is { } template)
        {
            var expected = DocumentNames.TemplateOf(document.Kind).Format(federation);
            violations.AddWhen(template.Name != expected, "template.name", ViolationReason.InvalidValue,
                $"Expected {expected}, the document's federation's template.");
        }
        if (request.PlanText is { } text)
        {
            var expected = DocumentNames.TextOf(document.Kind).Format(federation, document.Year);
            violations.AddWhen(text.Name != expected, "plan_text.name", ViolationReason.InvalidValue,
                $"Expected {expected}, the document's year's text.");
        }
        violations.ThrowIfAny();
        return document;
    }

    public (YearDocument Document, string? RequestId) Validate(PublishDocumentRequest request)
    {
        var document = Year(DocumentNames.ParseDocument(request.Parent, "parent"), "parent");
        RequestIds.Validate(request.RequestId, new FieldViolations()).ThrowIfAny();
        return (document, RequestIds.Stored(request.RequestId));
    }

    public YearDocument Validate(ListDocumentVersionsRequest request) => Year(DocumentNames.ParseDocument(request.Parent, "parent"), "parent");

    public void Validate(ListPublishedDocumentsRequest request) => DocumentNames.Federation.Parse(request.Parent, "parent");

    public (YearDocument Document, int Version) Validate(GetDocumentVersionRequest request) => Version(request.Name, "name");

    public (YearDocument Document, int Version) Validate(DownloadDocumentVersionRequest request)
    {
        var version = Version(request.Name, "name");
        Format(request.Format);
        return version;
    }

    // A document to render now: its kind and year, and a format there is a writer for.
    private YearDocument Rendering(string name, FileFormat format)
    {
        var document = Year(DocumentNames.ParseDocument(name, "name"), "name");
        Format(format);
        return document;
    }

    private YearDocument Year((DocumentKind Kind, ResourceName Name) parsed, string field) => new(parsed.Kind, years.Require(parsed.Name, field));

    private (YearDocument Document, int Version) Version(string name, string field)
    {
        var parsed = DocumentNames.ParseVersion(name, field);
        var document = Year(parsed, field);
        var version = parsed.Name.Int("version");
        FieldViolations.ThrowWhen(version < Domain.Publication.FirstVersion, field, ViolationReason.InvalidFormat,
            $"Expected {DocumentNames.VersionOf(parsed.Kind).Expected}, versions counted from {Domain.Publication.FirstVersion}.");
        return (document, version);
    }

    private static void Format(FileFormat format) =>
        FieldViolations.ThrowWhen(!DocumentRenderer.Formats.Contains(format), "format", ViolationReason.InvalidValue, "DOCX, PDF or HTML.");

    private static T Required<T>(T? message, string field) where T : class
    {
        FieldViolations.ThrowWhen(message is null, field, ViolationReason.Required, "Required.");
        return message!;
    }
}
