using Finsam.Contracts.Common.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.FunctionalTesting.Security;
using Grpc.Core;

namespace Finsam.Documents.Tests.Functional;

// Each RPC's access rule, checked by the service itself: published versions are public,
// everything else is the federation's own.
public sealed class AccessTests(DocumentsHost host) : IClassFixture<DocumentsHost>
{
    private static readonly string[] PublicCalls = ["ListDocumentVersions", "ListPublishedDocuments", "GetDocumentVersion", "DownloadDocumentVersion"];

    [Fact]
    public async Task Another_federations_officer_is_refused_every_rpc_but_the_public_ones()
    {
        var id = await host.PlanAsync();
        var other = host.Documents(new Caller("people/annan", [$"editor:{DocumentsHost.NewFederation()}", $"auditor:{DocumentsHost.NewFederation()}"]));
        var calls = Calls(other, id);

        Assert.Equal(DocumentService.Descriptor.Methods.Select(m => m.Name).Order(), calls.Keys.Concat(PublicCalls).Order());
        foreach (var (method, call) in calls)
        {
            await ExpectAsync(StatusCode.PermissionDenied, method, call);
        }
        Assert.Empty((await other.ListDocumentVersionsAsync(new ListDocumentVersionsRequest { Parent = $"federations/{id}/documents/2022" })).Versions);
        await AssertUnchangedAsync(id);
    }

    [Fact]
    public async Task Without_a_token_only_the_published_versions_answer()
    {
        var id = await host.PlanAsync();
        var anonymous = host.Documents(Caller.Anonymous);

        foreach (var (method, call) in Calls(anonymous, id))
        {
            await ExpectAsync(StatusCode.Unauthenticated, method, call);
        }
        Assert.Empty((await anonymous.ListDocumentVersionsAsync(new ListDocumentVersionsRequest { Parent = $"federations/{id}/documents/2022" })).Versions);
        Assert.Empty((await anonymous.ListPublishedDocumentsAsync(new ListPublishedDocumentsRequest { Parent = $"federations/{id}" })).Versions);
        await ExpectAsync(StatusCode.NotFound, "GetDocumentVersion", () => anonymous.GetDocumentVersionAsync(new GetDocumentVersionRequest { Name = $"federations/{id}/documents/2022/versions/1" }).ResponseAsync);
    }

    [Fact]
    public async Task A_reader_renders_and_reads_but_writes_nothing()
    {
        var id = await host.PlanAsync();
        var reader = host.Documents(Caller.ReaderOf(id));
        var calls = Calls(reader, id);

        foreach (var method in new[] { "GetDocumentTemplate", "GetPlanText", "RenderDocument", "PreviewDocument" })
        {
            await calls[method]();
        }
        foreach (var method in new[] { "UpdateDocumentTemplate", "UpdatePlanText", "PreviewDocumentDraft", "PublishDocument", "ListAuditRecords" })
        {
            await ExpectAsync(StatusCode.PermissionDenied, method, calls[method]);
        }
        await AssertUnchangedAsync(id);
    }

    // One call of every RPC that is not public, aimed at the federation's 2022 document.
    private static Dictionary<string, Func<Task>> Calls(DocumentService.DocumentServiceClient documents, string id) => new()
    {
        ["GetDocumentTemplate"] = () => documents.GetDocumentTemplateAsync(new GetDocumentTemplateRequest { Name = $"federations/{id}/documentTemplate" }).ResponseAsync,
        ["UpdateDocumentTemplate"] = () => documents.UpdateDocumentTemplateAsync(new UpdateDocumentTemplateRequest { Template = Plan.Template(id) }).ResponseAsync,
        ["GetPlanText"] = () => documents.GetPlanTextAsync(new GetPlanTextRequest { Name = $"federations/{id}/planTexts/2022" }).ResponseAsync,
        ["UpdatePlanText"] = () => documents.UpdatePlanTextAsync(new UpdatePlanTextRequest { PlanText = Plan.Text(id) }).ResponseAsync,
        ["RenderDocument"] = () => DocumentFile.RenderAsync(documents, id, FileFormat.Html),
        ["PreviewDocument"] = () => documents.PreviewDocumentAsync(new PreviewDocumentRequest { Name = $"federations/{id}/documents/2022", Format = FileFormat.Html }).ResponseAsync,
        ["PreviewDocumentDraft"] = () => documents.PreviewDocumentDraftAsync(new PreviewDocumentDraftRequest { Name = $"federations/{id}/documents/2022", PlanText = Plan.Text(id) }).ResponseAsync,
        ["PublishDocument"] = () => documents.PublishDocumentAsync(new PublishDocumentRequest { Parent = $"federations/{id}/documents/2022" }).ResponseAsync,
        ["ListAuditRecords"] = () => documents.ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = $"federations/{id}" }).ResponseAsync,
    };

    private async Task AssertUnchangedAsync(string id)
    {
        var trail = await host.Documents().ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = $"federations/{id}" });
        Assert.Equal(["UpdateDocumentTemplate", "UpdatePlanText"], trail.Records.Select(r => r.Action));
    }

    private static async Task ExpectAsync(StatusCode expected, string method, Func<Task> call)
    {
        var failure = await Assert.ThrowsAsync<RpcException>(call);
        Assert.True(failure.StatusCode == expected, $"{method}: {failure.StatusCode} {failure.Status.Detail}");
    }
}
