using Finsam.Documents.Composition;
using Finsam.Documents.Domain;
using Finsam.Documents.Rendering;
using Finsam.Documents.Validation;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Security;
using Google.Api;
using Google.Protobuf;
using Grpc.Core;
using Contract = Finsam.Contracts.Documents.V1;

namespace Finsam.Documents.Grpc;

public sealed partial class DocumentService
{
    // PreconditionFailure's violation type when there is no template to render (as the contract names it).
    private const string TemplateMissing = "TEMPLATE_MISSING";

    // A preview for those who may read the federation: a draft until the budget is adopted
    // (a plan) or the year is closed (an annual report).
    public override async Task RenderDocument(Contract.RenderDocumentRequest request, IServerStreamWriter<Contract.DocumentChunk> responseStream, ServerCallContext context)
    {
        var document = validator.Validate(request);
        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        var composed = Compose(await ReadInputsAsync(federationId, document, ct));
        var rendered = await RenderAsync(composed, request.Format, federationId, document, ct);
        await DocumentChunks.WriteAsync(rendered.FileName, rendered.ContentType, rendered.Content, rendered.Sha256, responseStream, ct);
    }

    // The same preview as one file. Over JSON transcoding the file is the HTTP response
    // itself, with its content type, so a browser or curl saves it as it is.
    public override async Task<HttpBody> PreviewDocument(Contract.PreviewDocumentRequest request, ServerCallContext context)
    {
        var document = validator.Validate(request);
        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        var composed = Compose(await ReadInputsAsync(federationId, document, ct));
        var rendered = await RenderAsync(composed, request.Format, federationId, document, ct);
        DocumentDownloads.Name(context, rendered.FileName);
        // Wrapped, not copied: the rendered bytes are the answer's.
        return new HttpBody { ContentType = rendered.ContentType, Data = UnsafeByteOperations.UnsafeWrap(rendered.Content) };
    }

    // The preview beside the officer's typing: their unsaved template and text, judged as a
    // save judges them, rendered with today's figures. Nothing is kept.
    public override async Task<HttpBody> PreviewDocumentDraft(Contract.PreviewDocumentDraftRequest request, ServerCallContext context)
    {
        var document = validator.Validate(request);
        var violations = new FieldViolations();
        if (request.Template is { } template)
        {
            DocumentContentValidator.ValidateTemplate(template, document.Kind, "template", violations);
        }
        if (request.PlanText is { } text)
        {
            DocumentContentValidator.ValidatePlanText(text, document.Year, "plan_text", violations);
        }
        violations.ThrowIfAny();

        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        var inputs = await ReadInputsAsync(federationId, document, request.Template, request.PlanText, ct);
        var rendered = await RenderAsync(Compose(inputs), Contract.FileFormat.Html, federationId, document, ct);
        return new HttpBody { ContentType = rendered.ContentType, Data = UnsafeByteOperations.UnsafeWrap(rendered.Content) };
    }

    public override async Task<Contract.DocumentVersion> PublishDocument(Contract.PublishDocumentRequest request, ServerCallContext context)
    {
        var (document, requestId) = validator.Validate(request);
        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        // A retry gets its version back without rendering again.
        if (requestId is not null && await versions.FindByRequestIdAsync(federationId, document.Kind, document.Year, requestId, ct) is { } earlier)
        {
            return earlier;
        }

        var inputs = await ReadInputsAsync(federationId, document, ct);
        if (Publication.WhyNot(inputs) is { } whyNot)
        {
            throw GrpcErrors.FailedPrecondition(request.Parent, whyNot);
        }
        var composed = Compose(inputs);
        var files = new List<RenderedDocument>();
        foreach (var format in DocumentRenderer.Formats)
        {
            files.Add(await RenderAsync(composed, format, federationId, document, ct));
        }
        return await versions.PublishAsync(federationId, document.Kind, document.Year, inputs, files, requestId, context);
    }

    // The template and the year's text, then the other services' figures. Without a
    // template there is nothing to render, so the figures are not asked for.
    private Task<Contract.DocumentInputs> ReadInputsAsync(string federationId, YearDocument document, CancellationToken ct) =>
        ReadInputsAsync(federationId, document, draftTemplate: null, draftText: null, ct);

    // A draft template or text, where given, stands in for the stored one.
    private async Task<Contract.DocumentInputs> ReadInputsAsync(
        string federationId, YearDocument document, Contract.DocumentTemplate? draftTemplate, Contract.PlanText? draftText, CancellationToken ct)
    {
        var (kind, year) = document;
        var template = draftTemplate
            ?? await TemplateAsync(federationId, kind, ct)
            ?? throw GrpcErrors.FailedPrecondition(DocumentNames.Template.Format(federationId), "The federation has no document template yet.", TemplateMissing);
        var text = draftText
            ?? await planTexts.FindAsync(federationId, kind, year, ct)
            ?? new Contract.PlanText { Name = DocumentNames.TextOf(kind).Format(federationId, year) };
        return await inputsReader.ReadAsync(federationId, kind, year, template, text, ct);
    }

    private static ComposedDocument Compose(Contract.DocumentInputs inputs)
    {
        try
        {
            return DocumentComposer.Compose(inputs);
        }
        catch (DocumentProblems problems)
        {
            // What is stored was checked when saved; it can still fail against real
            // figures. The request is fine: the template or the text needs a change.
            throw GrpcErrors.FailedPrecondition(inputs.PlanText.Name, $"The template or the text does not render: {problems.Message}");
        }
    }

    private async Task<RenderedDocument> RenderAsync(ComposedDocument composed, Contract.FileFormat format, string federationId, YearDocument document, CancellationToken ct)
    {
        try
        {
            return await renderer.RenderAsync(composed, format, Publication.FileName(document.Kind, document.Year, federationId), ct);
        }
        catch (PdfUnavailableException e)
        {
            // The cause names the server's paths and the browser's errors: for the operators' log only.
            logger.LogError(e, "PDF printing failed.");
            throw new RpcException(new Status(StatusCode.Unavailable, "PDF printing is unavailable; try again shortly, or ask for DOCX or HTML."));
        }
    }
}
