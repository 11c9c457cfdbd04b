using Finsam.Contracts.Common.V1;
using Finsam.Documents.Composition;
using Finsam.Documents.Data;
using Finsam.Documents.Dependencies;
using Finsam.Documents.Rendering;
using Finsam.Documents.Validation;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Contract = Finsam.Contracts.Documents.V1;

namespace Finsam.Documents.Grpc;

// The federation's templates and narratives per year (a plan's and an annual report's, each
// kind its own), edited with etags. Rendering
// and publishing are in DocumentService.Render.cs, published versions in
// DocumentService.Versions.cs.
public sealed partial class DocumentService(
    DocumentRequestValidator validator,
    TemplateStore templates,
    PlanTextStore planTexts,
    DocumentVersionStore versions,
    AuditRecordStore audit,
    DocumentInputsReader inputsReader,
    DocumentRenderer renderer,
    ILogger<DocumentService> logger)
    : Contract.DocumentService.DocumentServiceBase
{
    public override async Task<Contract.DocumentTemplate> GetDocumentTemplate(Contract.GetDocumentTemplateRequest request, ServerCallContext context)
    {
        var kind = validator.Validate(request);
        return await TemplateAsync(context.FederationId(), kind, context.CancellationToken)
            ?? throw GrpcErrors.NotFound(request.Name);
    }

    public override Task<Contract.DocumentTemplate> UpdateDocumentTemplate(Contract.UpdateDocumentTemplateRequest request, ServerCallContext context)
    {
        var kind = validator.Validate(request);
        return templates.UpdateAsync(context.FederationId(), kind, request,
            (template, violations) => DocumentContentValidator.ValidateTemplate(template, kind, "template", violations), context);
    }

    public override async Task<Contract.PlanText> GetPlanText(Contract.GetPlanTextRequest request, ServerCallContext context)
    {
        var (kind, year) = validator.Validate(request);
        return await planTexts.FindAsync(context.FederationId(), kind, year, context.CancellationToken)
            ?? throw GrpcErrors.NotFound(request.Name);
    }

    public override Task<Contract.PlanText> UpdatePlanText(Contract.UpdatePlanTextRequest request, ServerCallContext context)
    {
        var (kind, year) = validator.Validate(request);
        return planTexts.UpdateAsync(context.FederationId(), kind, year, request,
            (text, violations) => DocumentContentValidator.ValidatePlanText(text, year, "plan_text", violations), context);
    }

    public override Task<ListAuditRecordsResponse> ListAuditRecords(ListAuditRecordsRequest request, ServerCallContext context) =>
        audit.ListAsync(context.Federation(), request, context.CancellationToken);

    // The template a federation's document of this kind follows. Until a federation writes its
    // own, its annual report follows the standard one: that is its template then, without an etag
    // (an update creates its own, allow_missing). A plan has none until one is written.
    private async Task<Contract.DocumentTemplate?> TemplateAsync(string federationId, Contract.DocumentKind kind, CancellationToken ct) =>
        await templates.FindAsync(federationId, kind, ct)
        ?? (kind == Contract.DocumentKind.AnnualReport ? StandardAnnualReport.Template(federationId) : null);
}
