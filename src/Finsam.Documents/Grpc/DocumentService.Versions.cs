using Finsam.ServiceKit.Grpc;
using Finsam.ServiceDefaults.Security;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Contract = Finsam.Contracts.Documents.V1;

namespace Finsam.Documents.Grpc;

// Published versions: public, and exactly as they were published.
public sealed partial class DocumentService
{
    public override async Task<Contract.ListDocumentVersionsResponse> ListDocumentVersions(Contract.ListDocumentVersionsRequest request, ServerCallContext context)
    {
        var year = ParseDocument(request.Parent, "parent");
        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        var versions = await db.Versions.AsNoTracking()
            .Where(v => v.FederationId == federationId && v.Year == year)
            .OrderBy(v => v.Version)
            .ToListAsync(ct);
        var files = await FileSummariesAsync(federationId, year, null, ct);
        var response = new Contract.ListDocumentVersionsResponse();
        response.Versions.AddRange(versions.Select(v => ToContract(v, files, withInputs: false)));
        return response;
    }

    public override async Task<Contract.DocumentVersion> GetDocumentVersion(Contract.GetDocumentVersionRequest request, ServerCallContext context)
    {
        var (year, version) = ParseVersion(request.Name, "name");
        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        var entity = await db.Versions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.FederationId == federationId && v.Year == year && v.Version == version, ct)
            ?? throw GrpcErrors.NotFound(request.Name);
        // The inputs hold more than the document prints (every effort, public or not, the
        // budget as entered): they are for those who may read the federation.
        var caller = FinsamCaller.From(context.GetHttpContext().User);
        return ToContract(entity, await FileSummariesAsync(federationId, year, version, ct), withInputs: caller?.Can(Access.Read, federationId) == true);
    }

    public override async Task DownloadDocumentVersion(Contract.DownloadDocumentVersionRequest request, IServerStreamWriter<Contract.DocumentChunk> responseStream, ServerCallContext context)
    {
        var (year, version) = ParseVersion(request.Name, "name");
        var federationId = context.FederationId();
        FieldViolations.ThrowWhen(!Rendering.DocumentRenderer.Formats.Contains(request.Format), "format", ViolationReason.InvalidValue, "DOCX, PDF or HTML.");
        var format = request.Format.ToString().ToUpperInvariant();
        var ct = context.CancellationToken;
        var file = await db.Files.AsNoTracking()
            .SingleOrDefaultAsync(f => f.FederationId == federationId && f.Year == year && f.Version == version && f.Format == format, ct)
            ?? throw GrpcErrors.NotFound($"{request.Name} ({format})");
        await StreamAsync(file.FileName, file.ContentType, file.Content, file.Sha256, responseStream, ct);
    }

    private (int Year, int Version) ParseVersion(string name, string field)
    {
        var slash = name.LastIndexOf("/versions/", StringComparison.Ordinal);
        var year = ParseDocument(slash < 0 ? name : name[..slash], field);
        if (slash < 0 || !int.TryParse(name[(slash + "/versions/".Length)..], out var version) || version < 1)
        {
            FieldViolations.Throw(field, ViolationReason.InvalidFormat, "Expected federations/{id}/documents/{year}/versions/{version}.");
            return default;
        }
        return (year, version);
    }
}
