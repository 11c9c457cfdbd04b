using Finsam.Contracts.Documents.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Grpc.Core;

namespace Finsam.Documents.Tests.Functional;

// The document made from the template, the text and the other services' figures (HTML here:
// PDF needs Chromium and is left to the system tests).
public sealed class RenderTests(DocumentsHost host) : IClassFixture<DocumentsHost>
{
    [Fact]
    public async Task A_draft_shows_the_figures_of_budget_funding_and_grants_in_the_text_and_tables_marked_as_a_draft()
    {
        var id = await host.PlanAsync();

        var file = await DocumentFile.RenderAsync(host.Documents(Caller.ReaderOf(id)), id, FileFormat.Html);

        Assert.EndsWith(".html", file.FileName);
        Assert.StartsWith("text/html", file.ContentType);
        var text = file.Text();
        Assert.Contains("Verksamhetsplan och budget 2022 - 2024", text);
        Assert.Contains("UTKAST – ej antagen", text);
        Assert.Contains("Förbundets medlemmar är Försäkringskassan, Region Västernorrland, Sundsvalls kommun.", text);
        Assert.Contains("Intäkterna är 7 378 000 kr och kostnaderna 8 034 000 kr; det egna kapitalet blir 577 tkr.", text);
        Assert.Contains("Budget 2022 med plan för 2023-2024", text);
        // The template's own label for the state's row.
        Assert.Contains("Försäkringskassan/Arbetsförmedlingen", text);
        Assert.DoesNotContain("DNR", text);
    }

    [Fact]
    public async Task An_adopted_budget_gives_the_title_page_its_diarienummer_and_adoption_and_no_draft_mark()
    {
        var id = await host.PlanAsync(adopted: true);

        var text = (await DocumentFile.RenderAsync(host.Documents(Caller.ReaderOf(id)), id, FileFormat.Html)).Text();

        Assert.Contains("DNR 60/21", text);
        Assert.Contains("Antagen av styrelsen för Samordningsförbundet den 2021-11-26", text);
        Assert.DoesNotContain("UTKAST", text);
    }

    [Fact]
    public async Task Without_the_years_budget_or_allocation_there_is_nothing_to_render_yet()
    {
        var noBudget = await host.PlanAsync();
        host.Neighbours.Budgets.TryRemove($"federations/{noBudget}/budgets/2022", out _);
        var noAllocation = await host.PlanAsync();
        host.Neighbours.Allocations.TryRemove($"federations/{noAllocation}/allocations/2022", out _);

        var budgetMissing = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => DocumentFile.RenderAsync(host.Documents(), noBudget, FileFormat.Html));
        var allocationMissing = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => DocumentFile.RenderAsync(host.Documents(), noAllocation, FileFormat.Html));

        Assert.Contains($"federations/{noBudget}/budgets/2022", budgetMissing.Status.Detail);
        Assert.Contains($"federations/{noAllocation}/allocations/2022", allocationMissing.Status.Detail);
    }

    [Fact]
    public async Task A_draft_is_rendered_but_not_published()
    {
        var id = await host.PlanAsync();

        var failure = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => host.Documents(Caller.EditorOf(id)).PublishDocumentAsync(new PublishDocumentRequest { Parent = $"federations/{id}/documents/2022" }).ResponseAsync);

        Assert.Contains("not adopted", failure.Status.Detail);
        Assert.Empty((await host.Documents(Caller.Anonymous).ListDocumentVersionsAsync(new ListDocumentVersionsRequest { Parent = $"federations/{id}/documents/2022" })).Versions);
    }

    [Fact]
    public async Task A_year_out_of_range_or_no_format_is_invalid()
    {
        var id = await host.PlanAsync();

        Assert.Equal(["name"], await RpcAssert.IsInvalid(() => DocumentFile.ReadAsync(host.Documents().RenderDocument(new RenderDocumentRequest { Name = $"federations/{id}/documents/1850", Format = FileFormat.Html }))));
        Assert.Equal(["format"], await RpcAssert.IsInvalid(() => DocumentFile.ReadAsync(host.Documents().RenderDocument(new RenderDocumentRequest { Name = $"federations/{id}/documents/2022" }))));
    }
}
