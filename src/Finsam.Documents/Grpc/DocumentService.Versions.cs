using Finsam.ServiceDefaults.Security;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Contract = Finsam.Contracts.Documents.V1;

namespace Finsam.Documents.Grpc;

// Published versions: public, and exactly as they were published.
public sealed partial class DocumentService
{
    public override async Task<Contract.ListDocumentVersionsResponse> ListDocumentVersions(Contract.ListDocumentVersionsRequest request, ServerCallContext context)
    {
        var (kind, year) = validator.Validate(request);
        var response = new Contract.ListDocumentVersionsResponse();
        response.Versions.AddRange(await versions.ListAsync(context.FederationId(), kind, year, context.CancellationToken));
        return response;
    }

    public override async Task<Contract.ListPublishedDocumentsResponse> ListPublishedDocuments(Contract.ListPublishedDocumentsRequest request, ServerCallContext context)
    {
        validator.Validate(request);
        var response = new Contract.ListPublishedDocumentsResponse();
        response.Versions.AddRange(await versions.ListEveryYearAsync(context.FederationId(), context.CancellationToken));
        return response;
    }

    public override async Task<Contract.DocumentVersion> GetDocumentVersion(Contract.GetDocumentVersionRequest request, ServerCallContext context)
    {
        var ((kind, year), version) = validator.Validate(request);
        var federationId = context.FederationId();
        // The inputs hold more than the document prints (every effort, public or not, the
        // budget as entered): they are for those who may read the federation.
        var caller = FinsamCaller.From(context.GetHttpContext().User);
        var withInputs = caller?.Can(Access.Read, federationId) == true;
        return await versions.FindAsync(federationId, kind, year, version, withInputs, context.CancellationToken)
            ?? throw GrpcErrors.NotFound(request.Name);
    }

    public override async Task DownloadDocumentVersion(Contract.DownloadDocumentVersionRequest request, IServerStreamWriter<Contract.DocumentChunk> responseStream, ServerCallContext context)
    {
        var ((kind, year), version) = validator.Validate(request);
        var ct = context.CancellationToken;
        var file = await versions.FindFileAsync(context.FederationId(), kind, year, version, request.Format.ToString(), ct)
            ?? throw GrpcErrors.NotFound($"{request.Name} ({request.Format.ToString().ToUpperInvariant()})");
        await DocumentChunks.WriteAsync(file.FileName, file.ContentType, file.Content, file.Sha256, responseStream, ct);
    }
}
