using System.Security.Cryptography;
using System.Text;
using Finsam.Contracts.Budget.V1;
using Finsam.Documents.Composition;
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

public sealed partial class DocumentService
{
    private const int MaxRequestIdLength = 100;

    // A preview for those who may read the federation: a draft until the budget is adopted.
    public override async Task RenderDocument(Contract.RenderDocumentRequest request, IServerStreamWriter<Contract.DocumentChunk> responseStream, ServerCallContext context)
    {
        var year = ParseDocument(request.Name, "name");
        var federationId = context.FederationId();
        FieldViolations.ThrowWhen(!DocumentRenderer.Formats.Contains(request.Format), "format", ViolationReason.InvalidValue, "DOCX, PDF or HTML.");
        var ct = context.CancellationToken;
        var inputs = await ReadInputsAsync(federationId, year, ct);
        var document = Compose(inputs);
        var rendered = await RenderAsync(document, request.Format, BaseName(federationId, year), ct);
        await StreamAsync(rendered.FileName, rendered.ContentType, rendered.Content, rendered.Sha256, responseStream, ct);
    }

    public override async Task<Contract.DocumentVersion> PublishDocument(Contract.PublishDocumentRequest request, ServerCallContext context)
    {
        var year = ParseDocument(request.Parent, "parent");
        var federationId = context.FederationId();
        FieldViolations.ThrowWhen(request.RequestId.Length > MaxRequestIdLength, "request_id", ViolationReason.TooLong, $"At most {MaxRequestIdLength} characters.");
        var ct = context.CancellationToken;
        var requestId = request.RequestId.Length > 0 ? request.RequestId : null;
        if (requestId is not null && await FindByRequestIdAsync(federationId, year, requestId, ct) is { } earlier)
        {
            return earlier;
        }

        var inputs = await ReadInputsAsync(federationId, year, ct);
        if (inputs.Budget.Status != BudgetStatus.Adopted)
        {
            throw GrpcErrors.FailedPrecondition(request.Parent,
                $"The budget {inputs.Budget.Name} is not adopted (version {inputs.Budget.Version}); a draft is rendered, not published.");
        }
        var document = Compose(inputs);
        var files = new List<RenderedDocument>();
        foreach (var format in DocumentRenderer.Formats)
        {
            files.Add(await RenderAsync(document, format, BaseName(federationId, year), ct));
        }

        var inputsJson = JsonFormatter.Default.Format(inputs);
        var latest = await db.Versions.Where(v => v.FederationId == federationId && v.Year == year).MaxAsync(v => (int?)v.Version, ct) ?? 0;
        var version = new DocumentVersionEntity
        {
            FederationId = federationId,
            Year = year,
            Version = latest + 1,
            Budget = inputs.Budget.Name,
            BudgetVersion = inputs.Budget.Version,
            AdoptedOn = inputs.Budget.AdoptedOn,
            ReferenceNumber = inputs.Budget.ReferenceNumber,
            InputsJson = inputsJson,
            InputsSha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(inputsJson))),
            PublishedBy = AuditTrail.ActorOf(context),
            PublishTime = clock.StoredNow(),
            RequestId = requestId,
            Files = [.. files.Select(f => new DocumentFileEntity
            {
                FederationId = federationId,
                Year = year,
                Version = latest + 1,
                Format = f.Format.ToString().ToUpperInvariant(),
                FileName = f.FileName,
                ContentType = f.ContentType,
                Sha256 = f.Sha256,
                Content = f.Content,
            })],
        };
        db.Versions.Add(version);
        var published = ToContract(version, version.Files.Select(f => new FileSummary(f.Version, f.Format, f.FileName, f.Content.Length, f.Sha256)), withInputs: false);
        db.Record(context, clock, federationId, published.Name, before: null, after: published);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            if (requestId is not null && await FindByRequestIdAsync(federationId, year, requestId, ct) is { } raced)
            {
                return raced;
            }
            throw new RpcException(new Status(StatusCode.Aborted, $"{request.Parent} was published by someone else at the same time; publish again to make a newer version."));
        }
        return published;
    }

    private async Task<Contract.DocumentInputs> ReadInputsAsync(string federationId, int year, CancellationToken ct)
    {
        var templateEntity = await db.Templates.AsNoTracking().SingleOrDefaultAsync(t => t.FederationId == federationId, ct)
            ?? throw GrpcErrors.FailedPrecondition($"federations/{federationId}/documentTemplate", "The federation has no document template yet.");
        var textEntity = await db.PlanTexts.AsNoTracking().SingleOrDefaultAsync(t => t.FederationId == federationId && t.Year == year, ct);
        var text = textEntity is null ? new Contract.PlanText { Name = $"federations/{federationId}/planTexts/{year}" } : ToContract(textEntity);
        return await inputsReader.ReadAsync(federationId, year, ToContract(templateEntity), text, ct);
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

    private async Task<RenderedDocument> RenderAsync(ComposedDocument document, Contract.FileFormat format, string baseName, CancellationToken ct)
    {
        try
        {
            return await renderer.RenderAsync(document, format, baseName, ct);
        }
        catch (PdfUnavailableException e)
        {
            // The cause names the server's paths and the browser's errors: for the operators' log only.
            logger.LogError(e, "PDF printing failed.");
            throw new RpcException(new Status(StatusCode.Unavailable, "PDF printing is unavailable; try again shortly, or ask for DOCX or HTML."));
        }
    }

    private static async Task StreamAsync(string fileName, string contentType, byte[] content, string sha256, IServerStreamWriter<Contract.DocumentChunk> stream, CancellationToken ct)
    {
        var offset = 0;
        do
        {
            var length = Math.Min(ChunkSize, content.Length - offset);
            var chunk = new Contract.DocumentChunk { Data = ByteString.CopyFrom(content, offset, length) };
            if (offset == 0)
            {
                (chunk.FileName, chunk.ContentType, chunk.Size, chunk.Sha256) = (fileName, contentType, content.Length, sha256);
            }
            await stream.WriteAsync(chunk, ct);
            offset += length;
        }
        while (offset < content.Length);
    }

    private static string BaseName(string federationId, int year) => $"verksamhetsplan-och-budget-{year}-{federationId}";

    private async Task<Contract.DocumentVersion?> FindByRequestIdAsync(string federationId, int year, string requestId, CancellationToken ct)
    {
        var version = await db.Versions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.FederationId == federationId && v.Year == year && v.RequestId == requestId, ct);
        return version is null ? null : ToContract(version, await FileSummariesAsync(federationId, year, version.Version, ct), withInputs: false);
    }

    // What a version's files are, without reading their content.
    private sealed record FileSummary(int Version, string Format, string FileName, long Size, string Sha256);

    private Task<List<FileSummary>> FileSummariesAsync(string federationId, int year, int? version, CancellationToken ct) =>
        db.Files.AsNoTracking()
            .Where(f => f.FederationId == federationId && f.Year == year && (version == null || f.Version == version))
            .Select(f => new FileSummary(f.Version, f.Format, f.FileName, f.Content.Length, f.Sha256))
            .ToListAsync(ct);

    private static Contract.DocumentVersion ToContract(DocumentVersionEntity entity, IEnumerable<FileSummary> files, bool withInputs)
    {
        var version = new Contract.DocumentVersion
        {
            Name = $"federations/{entity.FederationId}/documents/{entity.Year}/versions/{entity.Version}",
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

    private static Contract.FileFormat FormatOf(string stored) =>
        System.Enum.Parse<Contract.FileFormat>(stored, ignoreCase: true);
}
