using Finsam.Contracts.Common.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Grpc.Core;

namespace Finsam.Documents.Tests.Functional;

// The preview beside the officer's typing: what is on their screen, not what is stored,
// judged as a save would judge it, and nothing kept.
public sealed class DraftPreviewTests(DocumentsHost host) : IClassFixture<DocumentsHost>
{
    [Fact]
    public async Task The_unsaved_text_and_template_are_what_the_preview_shows_and_nothing_is_stored()
    {
        var id = await host.PlanAsync();
        var editor = host.Documents(Caller.EditorOf(id));
        var storedText = await editor.GetPlanTextAsync(new GetPlanTextRequest { Name = $"federations/{id}/planTexts/2022" });
        var storedTemplate = await editor.GetDocumentTemplateAsync(new GetDocumentTemplateRequest { Name = $"federations/{id}/documentTemplate" });
        var trail = await AuditActionsAsync(id);
        var text = storedText.Clone();
        text.Sections[1].Text = "Intäkterna blir {{ budget.income.kr }} i det nya förslaget.";
        var template = storedTemplate.Clone();
        template.Parts[0].Heading = "Förord";

        var withText = await PreviewAsync(editor, id, planText: text);
        var withBoth = await PreviewAsync(editor, id, template, text);

        Assert.Contains("Intäkterna blir 7 378 000 kr i det nya förslaget.", withText);
        Assert.DoesNotContain("Förord", withText);
        Assert.Contains("Förord", withBoth);
        Assert.Contains("Intäkterna blir", withBoth);
        Assert.Equal(storedText, await editor.GetPlanTextAsync(new GetPlanTextRequest { Name = storedText.Name }));
        Assert.Equal(storedTemplate, await editor.GetDocumentTemplateAsync(new GetDocumentTemplateRequest { Name = storedTemplate.Name }));
        Assert.Equal(trail, await AuditActionsAsync(id));
    }

    [Fact]
    public async Task Without_a_draft_the_preview_is_the_stored_documents()
    {
        var id = await host.PlanAsync();

        var preview = await PreviewAsync(host.Documents(Caller.EditorOf(id)), id);

        Assert.Equal((await DocumentFile.RenderAsync(host.Documents(), id, FileFormat.Html)).Text(), preview);
    }

    [Fact]
    public async Task An_unknown_placeholder_is_named_on_the_field_it_is_typed_in()
    {
        var id = await host.PlanAsync();
        var editor = host.Documents(Caller.EditorOf(id));
        var text = Plan.Text(id);
        text.Sections[1].Text = "Förbundet får {{ budget.incme.kr }} i år.";
        var template = Plan.Template(id);
        template.Parts[2].Heading = "Budget {{ yaer }}";

        var violations = await RpcAssert.IsInvalidWithReasons(() => editor.PreviewDocumentDraftAsync(
            new PreviewDocumentDraftRequest { Name = $"federations/{id}/documents/2022", Template = template, PlanText = text }).ResponseAsync);

        Assert.Equal([("template.parts[2].heading", "UNKNOWN_PLACEHOLDER"), ("plan_text.sections[1].text", "UNKNOWN_PLACEHOLDER")], violations);
    }

    [Fact]
    public async Task A_draft_of_another_federations_template_or_another_years_text_is_refused()
    {
        var id = await host.PlanAsync();
        var other = await host.PlanAsync();
        var editor = host.Documents(Caller.EditorOf(id));
        var nextYear = Plan.Text(id);
        nextYear.Name = $"federations/{id}/planTexts/2023";

        var otherTemplate = await RpcAssert.IsInvalid(() => editor.PreviewDocumentDraftAsync(
            new PreviewDocumentDraftRequest { Name = $"federations/{id}/documents/2022", Template = Plan.Template(other) }).ResponseAsync);
        var otherYear = await RpcAssert.IsInvalid(() => editor.PreviewDocumentDraftAsync(
            new PreviewDocumentDraftRequest { Name = $"federations/{id}/documents/2022", PlanText = nextYear }).ResponseAsync);

        Assert.Equal(["template.name"], otherTemplate);
        Assert.Equal(["plan_text.name"], otherYear);
    }

    [Fact]
    public async Task Without_a_template_the_refusal_says_so_by_its_type()
    {
        var id = $"utan-mall-{Guid.NewGuid():N}"[..24];
        var text = Plan.Text(id);

        var failure = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => host.Documents(Caller.EditorOf(id)).PreviewDocumentDraftAsync(
            new PreviewDocumentDraftRequest { Name = $"federations/{id}/documents/2022", PlanText = text }).ResponseAsync);

        var violation = Assert.Single(failure.GetRpcStatus()!.GetDetail<Google.Rpc.PreconditionFailure>().Violations);
        Assert.Equal(("TEMPLATE_MISSING", $"federations/{id}/documentTemplate"), (violation.Type, violation.Subject));
    }

    [Fact]
    public async Task Readers_may_not_preview_drafts_as_they_may_not_save_them()
    {
        var id = await host.PlanAsync();

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => host.Documents(Caller.ReaderOf(id)).PreviewDocumentDraftAsync(
            new PreviewDocumentDraftRequest { Name = $"federations/{id}/documents/2022", PlanText = Plan.Text(id) }).ResponseAsync);
    }

    private static async Task<string> PreviewAsync(DocumentService.DocumentServiceClient documents, string id, DocumentTemplate? template = null, PlanText? planText = null)
    {
        var body = await documents.PreviewDocumentDraftAsync(new PreviewDocumentDraftRequest { Name = $"federations/{id}/documents/2022", Template = template, PlanText = planText });
        Assert.Equal("text/html; charset=utf-8", body.ContentType);
        return new DocumentFile("", body.ContentType, body.Data.ToByteArray()).Text();
    }

    private async Task<IReadOnlyList<string>> AuditActionsAsync(string id) =>
        [.. (await host.Documents().ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = $"federations/{id}" })).Records.Select(r => r.Action)];
}
