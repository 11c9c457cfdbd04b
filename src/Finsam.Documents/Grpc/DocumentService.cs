using Finsam.Contracts.Common.V1;
using Finsam.Documents.Data;
using Finsam.Documents.Rendering;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceDefaults.Security;
using Finsam.ServiceKit.Security;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Contract = Finsam.Contracts.Documents.V1;

namespace Finsam.Documents.Grpc;

// The federation's template and its narrative per year, edited with etags. Rendering
// and publishing are in DocumentService.Render.cs, published versions in
// DocumentService.Versions.cs.
public sealed partial class DocumentService(
    DocumentsDbContext db,
    DocumentInputsReader inputsReader,
    DocumentRenderer renderer,
    TimeProvider clock,
    ILogger<DocumentService> logger)
    : Contract.DocumentService.DocumentServiceBase
{
    private const int ChunkSize = 64 * 1024;
    private static readonly string[] TemplateFields = ["title_page", "table_of_contents", "unit", "parts", "row_labels", "contingent_liabilities"];
    private static readonly string[] PlanTextFields = ["sections"];

    private int LastYear => clock.GetUtcNow().Year + 10;

    public override async Task<Contract.DocumentTemplate> GetDocumentTemplate(Contract.GetDocumentTemplateRequest request, ServerCallContext context)
    {
        ParseTemplate(request.Name, "name");
        var federationId = context.FederationId();
        var entity = await db.Templates.AsNoTracking().SingleOrDefaultAsync(t => t.FederationId == federationId, context.CancellationToken)
            ?? throw GrpcErrors.NotFound(request.Name);
        return ToContract(entity);
    }

    public override async Task<Contract.DocumentTemplate> UpdateDocumentTemplate(Contract.UpdateDocumentTemplateRequest request, ServerCallContext context)
    {
        if (request.Template is null)
        {
            FieldViolations.Throw("template", ViolationReason.Required, "Required.");
        }
        ParseTemplate(request.Template!.Name, "template.name");
        var federationId = context.FederationId();
        var violations = new FieldViolations();
        var paths = UpdateMasks.Resolve(request.UpdateMask, TemplateFields, "update_mask", violations);
        violations.ThrowIfAny();

        var ct = context.CancellationToken;
        var entity = await db.Templates.SingleOrDefaultAsync(t => t.FederationId == federationId, ct);
        if (entity is null && !request.AllowMissing)
        {
            throw GrpcErrors.NotFound(request.Template.Name);
        }
        var before = entity is null ? null : ToContract(entity);
        var proposed = before?.Clone() ?? new Contract.DocumentTemplate();
        UpdateMasks.Apply(proposed, request.Template, paths);
        DocumentValidator.ValidateTemplate(proposed, "template", violations);
        violations.ThrowIfAny();

        if (entity is null)
        {
            entity = new DocumentTemplateEntity { FederationId = federationId, DocumentJson = "" };
            db.Templates.Add(entity);
        }
        else
        {
            db.ExpectEtag(entity, e => e.RowVersion, request.Template.Etag, request.Template.Name);
        }
        entity.DocumentJson = JsonFormatter.Default.Format(Entered(proposed));
        entity.UpdateTime = clock.StoredNow();
        db.Record(context, clock, federationId, request.Template.Name, before, ToContract(entity));
        await SaveAsync(request.Template.Name, ct);
        return ToContract(entity);
    }

    public override async Task<Contract.PlanText> GetPlanText(Contract.GetPlanTextRequest request, ServerCallContext context)
    {
        var year = ParsePlanText(request.Name, "name");
        var federationId = context.FederationId();
        var entity = await db.PlanTexts.AsNoTracking().SingleOrDefaultAsync(t => t.FederationId == federationId && t.Year == year, context.CancellationToken)
            ?? throw GrpcErrors.NotFound(request.Name);
        return ToContract(entity);
    }

    public override async Task<Contract.PlanText> UpdatePlanText(Contract.UpdatePlanTextRequest request, ServerCallContext context)
    {
        if (request.PlanText is null)
        {
            FieldViolations.Throw("plan_text", ViolationReason.Required, "Required.");
        }
        var year = ParsePlanText(request.PlanText!.Name, "plan_text.name");
        var federationId = context.FederationId();
        var violations = new FieldViolations();
        var paths = UpdateMasks.Resolve(request.UpdateMask, PlanTextFields, "update_mask", violations);
        violations.ThrowIfAny();

        var ct = context.CancellationToken;
        var entity = await db.PlanTexts.SingleOrDefaultAsync(t => t.FederationId == federationId && t.Year == year, ct);
        if (entity is null && !request.AllowMissing)
        {
            throw GrpcErrors.NotFound(request.PlanText.Name);
        }
        var before = entity is null ? null : ToContract(entity);
        var proposed = before?.Clone() ?? new Contract.PlanText();
        UpdateMasks.Apply(proposed, request.PlanText, paths);
        DocumentValidator.ValidatePlanText(proposed, year, "plan_text", violations);
        violations.ThrowIfAny();

        if (entity is null)
        {
            entity = new PlanTextEntity { FederationId = federationId, Year = year, DocumentJson = "" };
            db.PlanTexts.Add(entity);
        }
        else
        {
            db.ExpectEtag(entity, e => e.RowVersion, request.PlanText.Etag, request.PlanText.Name);
        }
        entity.DocumentJson = JsonFormatter.Default.Format(Entered(proposed));
        entity.UpdateTime = clock.StoredNow();
        db.Record(context, clock, federationId, request.PlanText.Name, before, ToContract(entity));
        await SaveAsync(request.PlanText.Name, ct);
        return ToContract(entity);
    }

    public override Task<ListAuditRecordsResponse> ListAuditRecords(ListAuditRecordsRequest request, ServerCallContext context) =>
        AuditTrailPages.ListAsync(db, context.Federation(), request, context.CancellationToken);

    // Two first writes of the same template or text raced: the later one is stale.
    private async Task SaveAsync(string name, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            throw GrpcErrors.StaleEtag(name);
        }
    }

    // Names are parsed for their form and year; the federation is the one the access check resolved.
    private static void ParseTemplate(string name, string field)
    {
        var violations = new FieldViolations();
        ResourceNamePattern.Match(name, "federations/*/documentTemplate", field, violations);
        violations.ThrowIfAny();
    }

    private int ParsePlanText(string name, string field) => ParseYearName(name, "federations/*/planTexts/*", field);

    private int ParseDocument(string name, string field) => ParseYearName(name, "federations/*/documents/*", field);

    private int ParseYearName(string name, string pattern, string field)
    {
        var violations = new FieldViolations();
        var ids = ResourceNamePattern.Match(name, pattern, field, violations);
        var year = 0;
        if (ids is not null && (!int.TryParse(ids[1], out year) || year < 2004 || year > LastYear))
        {
            violations.Add(field, ViolationReason.OutOfRange, $"The year must be between 2004 and {LastYear}.");
        }
        violations.ThrowIfAny();
        return year;
    }

    // What the federation entered, without the fields the service sets.
    private static T Entered<T>(T message) where T : IMessage<T>
    {
        var copy = message.Clone();
        foreach (var field in new[] { "name", "etag", "update_time" })
        {
            copy.Descriptor.FindFieldByName(field)?.Accessor.Clear(copy);
        }
        return copy;
    }

    private static Contract.DocumentTemplate ToContract(DocumentTemplateEntity entity)
    {
        var template = Contract.DocumentTemplate.Parser.ParseJson(entity.DocumentJson);
        template.Name = $"federations/{entity.FederationId}/documentTemplate";
        template.Etag = entity.RowVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
        template.UpdateTime = Timestamp.FromDateTimeOffset(entity.UpdateTime);
        return template;
    }

    private static Contract.PlanText ToContract(PlanTextEntity entity)
    {
        var text = Contract.PlanText.Parser.ParseJson(entity.DocumentJson);
        text.Name = $"federations/{entity.FederationId}/planTexts/{entity.Year}";
        text.Etag = entity.RowVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
        text.UpdateTime = Timestamp.FromDateTimeOffset(entity.UpdateTime);
        return text;
    }
}
