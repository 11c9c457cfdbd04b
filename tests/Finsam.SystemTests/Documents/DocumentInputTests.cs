using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Identity.V1;
using Finsam.SystemTests.Infrastructure;
using Grpc.Core;

namespace Finsam.SystemTests.Documents;

// What staff write is checked when they save it: a wrong placeholder, a template that
// reaches for files, a stale etag. Nothing refused is stored.
[Collection(SystemCollection.Name)]
public sealed class DocumentInputTests(FinsamSystem system)
{
    [Fact]
    public async Task A_wrong_placeholder_is_invalid_argument_naming_it_and_the_text_stays_as_it_was()
    {
        var id = await SundsvallDocument.SetUpAsync(system);
        var name = $"federations/{id}/planTexts/2022";
        var stored = await system.Documents.GetPlanTextAsync(new GetPlanTextRequest { Name = name });

        var wrong = stored.Clone();
        wrong.Sections[1].Text = "Förbundet får {{ budget.incme.kr }} i år.";
        wrong.Sections[3].Text = "{{ budget.income.kr | shout }}";
        var failure = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => system.Documents.UpdatePlanTextAsync(new UpdatePlanTextRequest { PlanText = wrong }).ResponseAsync);
        Assert.Contains("budget.incme", failure.Status.Detail + failure.Trailers.ToString() + ViolationText(failure));
        Assert.Equal(["plan_text.sections[1].text", "plan_text.sections[3].text"], await RpcAssert.IsInvalid(() => system.Documents.UpdatePlanTextAsync(new UpdatePlanTextRequest { PlanText = wrong }).ResponseAsync));

        var heading = SundsvallPlan.Template(id);
        heading.Parts[0].Heading = "Plan för {{ yeer }}";
        Assert.Equal(["template.parts[0].heading"], await RpcAssert.IsInvalid(() => system.Documents.UpdateDocumentTemplateAsync(new UpdateDocumentTemplateRequest { Template = heading }).ResponseAsync));

        Assert.Equal(stored, await system.Documents.GetPlanTextAsync(new GetPlanTextRequest { Name = name }));
    }

    [Theory]
    [InlineData("{% include '/etc/passwd' %}")]
    [InlineData("{% render '../../../../etc/hostname' %}")]
    [InlineData("{% for i in (1..100000000) %}x{% endfor %}")]
    [InlineData("{{ federation.name.GetType }}{{ federation.GetType.Assembly }}")]
    public async Task A_text_cannot_read_files_call_out_or_run_away(string text)
    {
        var id = await SundsvallDocument.SetUpAsync(system);
        var planText = new PlanText { Name = $"federations/{id}/planTexts/2023", Sections = { new Section { Key = "inledning", Text = text } } };

        var fields = await RpcAssert.IsInvalid(() => system.Documents.UpdatePlanTextAsync(new UpdatePlanTextRequest { PlanText = planText, AllowMissing = true }).ResponseAsync);

        Assert.Equal(["plan_text.sections[0].text"], fields);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => system.Documents.GetPlanTextAsync(new GetPlanTextRequest { Name = planText.Name }).ResponseAsync);
    }

    [Fact]
    public async Task A_stale_etag_is_aborted_and_the_later_write_is_kept()
    {
        var id = await SundsvallDocument.SetUpAsync(system);
        var read = await system.Documents.GetDocumentTemplateAsync(new GetDocumentTemplateRequest { Name = $"federations/{id}/documentTemplate" });

        var first = read.Clone();
        first.Unit = AmountUnit.Kronor;
        var written = await system.Documents.UpdateDocumentTemplateAsync(new UpdateDocumentTemplateRequest { Template = first, UpdateMask = new() { Paths = { "unit" } } });
        var second = read.Clone();
        second.TableOfContents = false;
        await RpcAssert.FailsWith(StatusCode.Aborted, () => system.Documents.UpdateDocumentTemplateAsync(new UpdateDocumentTemplateRequest { Template = second, UpdateMask = new() { Paths = { "table_of_contents" } } }).ResponseAsync);

        var now = await system.Documents.GetDocumentTemplateAsync(new GetDocumentTemplateRequest { Name = read.Name });
        Assert.Equal((AmountUnit.Kronor, true, written.Etag), (now.Unit, now.TableOfContents, now.Etag));
        Assert.NotEqual(read.Etag, now.Etag);
    }

    [Fact]
    public async Task Bad_input_is_named_field_by_field()
    {
        var id = await SundsvallDocument.SetUpAsync(system);
        var template = SundsvallPlan.Template(id);
        template.TitlePage.Title = "";
        template.TitlePage.Date = "15/12/2021";
        template.Parts[1].Level = 7;
        template.Parts[2].Table = TableKind.Unspecified;
        template.Parts[3].Section = "Inte En Nyckel";

        Assert.Equal(
            ["template.title_page.title", "template.title_page.date", "template.parts[1].level", "template.parts[2].table", "template.parts[3].section"],
            await RpcAssert.IsInvalid(() => system.Documents.UpdateDocumentTemplateAsync(new UpdateDocumentTemplateRequest { Template = template }).ResponseAsync));
        Assert.Equal(
            ["name"],
            await RpcAssert.IsInvalid(() => DocumentFile.ReadAsync(system.Documents.RenderDocument(new RenderDocumentRequest { Name = $"federations/{id}/documents/1850", Format = FileFormat.Pdf }))));
        Assert.Equal(
            ["format"],
            await RpcAssert.IsInvalid(() => DocumentFile.ReadAsync(system.Documents.RenderDocument(new RenderDocumentRequest { Name = $"federations/{id}/documents/2022" }))));
        var labels = SundsvallPlan.Template(id);
        labels.RowLabels["Styrelsen"] = "";
        labels.RowLabels["Admin\0"] = "x";
        Assert.Equal(["template.row_labels"], (await RpcAssert.IsInvalid(() => system.Documents.UpdateDocumentTemplateAsync(new UpdateDocumentTemplateRequest { Template = labels }).ResponseAsync)).Distinct());
        // No budget for the year yet: nothing to make the document from.
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => DocumentFile.RenderAsync(system.Documents, id, FileFormat.Html, 2023));
        var text = new PlanText { Name = $"federations/{id}/planTexts/2022", Sections = { new Section { Key = "a" }, new Section { Key = "a" } } };
        Assert.Equal(["plan_text.sections[1].key"], await RpcAssert.IsInvalid(() => system.Documents.UpdatePlanTextAsync(new UpdatePlanTextRequest { PlanText = text }).ResponseAsync));
        await RpcAssert.FailsWith(StatusCode.NotFound, () => system.Documents.GetDocumentVersionAsync(new GetDocumentVersionRequest { Name = $"federations/{id}/documents/2022/versions/1" }).ResponseAsync);
    }

    [Fact]
    public async Task Another_federations_token_is_refused_for_every_rpc_but_the_public_ones()
    {
        var id = await SundsvallDocument.SetUpAsync(system);
        var published = await system.Documents.PublishDocumentAsync(new PublishDocumentRequest { Parent = $"federations/{id}/documents/2022" });
        var other = Federations.NewId("o");
        await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = other, Federation = Federations.Sundsvall() });
        var documents = system.DocumentsAs(await system.TokenWithRolesAsync((Role.Editor, other), (Role.Auditor, other)));

        var calls = new Dictionary<string, Func<Task>>
        {
            ["GetDocumentTemplate"] = () => documents.GetDocumentTemplateAsync(new GetDocumentTemplateRequest { Name = $"federations/{id}/documentTemplate" }).ResponseAsync,
            ["UpdateDocumentTemplate"] = () => documents.UpdateDocumentTemplateAsync(new UpdateDocumentTemplateRequest { Template = SundsvallPlan.Template(id) }).ResponseAsync,
            ["GetPlanText"] = () => documents.GetPlanTextAsync(new GetPlanTextRequest { Name = $"federations/{id}/planTexts/2022" }).ResponseAsync,
            ["UpdatePlanText"] = () => documents.UpdatePlanTextAsync(new UpdatePlanTextRequest { PlanText = SundsvallPlan.Text(id) }).ResponseAsync,
            ["RenderDocument"] = () => DocumentFile.RenderAsync(documents, id, FileFormat.Html),
            ["PublishDocument"] = () => documents.PublishDocumentAsync(new PublishDocumentRequest { Parent = $"federations/{id}/documents/2022" }).ResponseAsync,
            ["ListAuditRecords"] = () => documents.ListAuditRecordsAsync(new Contracts.Common.V1.ListAuditRecordsRequest { Parent = $"federations/{id}" }).ResponseAsync,
        };
        string[] publicCalls = ["ListDocumentVersions", "GetDocumentVersion", "DownloadDocumentVersion"];
        Assert.Equal(DocumentService.Descriptor.Methods.Select(m => m.Name).Order(), calls.Keys.Concat(publicCalls).Order());
        foreach (var (method, call) in calls)
        {
            var failure = await Assert.ThrowsAsync<RpcException>(call);
            Assert.True(failure.StatusCode == StatusCode.PermissionDenied, $"{method}: {failure.StatusCode} {failure.Status.Detail}");
        }

        Assert.Single((await documents.ListDocumentVersionsAsync(new ListDocumentVersionsRequest { Parent = $"federations/{id}/documents/2022" })).Versions);
        Assert.Equal(published.InputsSha256, (await documents.GetDocumentVersionAsync(new GetDocumentVersionRequest { Name = published.Name })).InputsSha256);
        Assert.NotEmpty((await DocumentFile.ReadAsync(documents.DownloadDocumentVersion(new DownloadDocumentVersionRequest { Name = published.Name, Format = FileFormat.Pdf }))).Content);
    }

    [Fact]
    public async Task Every_change_is_in_the_documents_audit_trail()
    {
        var id = await SundsvallDocument.SetUpAsync(system);
        var published = await system.Documents.PublishDocumentAsync(new PublishDocumentRequest { Parent = $"federations/{id}/documents/2022" });

        var trail = await system.Documents.ListAuditRecordsAsync(new Contracts.Common.V1.ListAuditRecordsRequest { Parent = $"federations/{id}" });

        Assert.Equal(
            [("UpdateDocumentTemplate", $"federations/{id}/documentTemplate"), ("UpdatePlanText", $"federations/{id}/planTexts/2022"), ("PublishDocument", published.Name)],
            trail.Records.Select(r => (r.Action, r.Resource)));
        Assert.All(trail.Records, r => Assert.NotEqual("anonymous", r.Actor));
        Assert.Contains(published.InputsSha256, trail.Records[2].AfterJson);
    }

    private static string ViolationText(RpcException failure) =>
        string.Join(" ", failure.GetRpcStatus()?.GetDetail<Google.Rpc.BadRequest>()?.FieldViolations.Select(v => v.Description) ?? []);
}
