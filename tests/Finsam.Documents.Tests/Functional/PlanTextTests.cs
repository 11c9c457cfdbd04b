using Finsam.Contracts.Documents.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Grpc.Core;

namespace Finsam.Documents.Tests.Functional;

// A year's narrative: Liquid text whose every placeholder is checked when it is saved.
public sealed class PlanTextTests(DocumentsHost host) : IClassFixture<DocumentsHost>
{
    [Fact]
    public async Task Each_year_has_a_text_of_its_own_created_on_first_update()
    {
        var id = await host.PlanAsync();
        var documents = host.Documents(Caller.EditorOf(id));
        var next = new PlanText { Name = $"federations/{id}/planTexts/2023", Sections = { new Section { Key = "inledning", Text = "Plan för {{ year }}." } } };

        var created = await documents.UpdatePlanTextAsync(new UpdatePlanTextRequest { PlanText = next, AllowMissing = true });

        Assert.Equal(created, await documents.GetPlanTextAsync(new GetPlanTextRequest { Name = next.Name }));
        Assert.Equal(Plan.Text(id).Sections, (await documents.GetPlanTextAsync(new GetPlanTextRequest { Name = $"federations/{id}/planTexts/2022" })).Sections);
    }

    [Fact]
    public async Task A_wrong_placeholder_or_filter_is_named_and_the_text_stays_as_it_was()
    {
        var id = await host.PlanAsync();
        var name = $"federations/{id}/planTexts/2022";
        var stored = await host.Documents().GetPlanTextAsync(new GetPlanTextRequest { Name = name });
        var wrong = stored.Clone();
        wrong.Sections[0].Text = "Förbundet får {{ budget.incme.kr }} i år.";
        wrong.Sections[1].Text = "{{ budget.income.kr | shout }}";

        var failure = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => host.Documents().UpdatePlanTextAsync(new UpdatePlanTextRequest { PlanText = wrong }).ResponseAsync);

        Assert.Contains("budget.incme", failure.Status.Detail);
        Assert.Equal(["plan_text.sections[0].text", "plan_text.sections[1].text"], await RpcAssert.IsInvalid(() => host.Documents().UpdatePlanTextAsync(new UpdatePlanTextRequest { PlanText = wrong }).ResponseAsync));
        Assert.Equal(stored, await host.Documents().GetPlanTextAsync(new GetPlanTextRequest { Name = name }));
    }

    [Theory]
    [InlineData("{% include '/etc/passwd' %}")]
    [InlineData("{% render '../../../../etc/hostname' %}")]
    [InlineData("{% for i in (1..100000000) %}x{% endfor %}")]
    [InlineData("{{ federation.name.GetType }}{{ federation.GetType.Assembly }}")]
    public async Task A_text_cannot_read_files_call_out_or_run_away(string text)
    {
        var id = await host.PlanAsync();
        var planText = new PlanText { Name = $"federations/{id}/planTexts/2023", Sections = { new Section { Key = "inledning", Text = text } } };

        var violations = await RpcAssert.IsInvalid(() => host.Documents().UpdatePlanTextAsync(new UpdatePlanTextRequest { PlanText = planText, AllowMissing = true }).ResponseAsync);

        Assert.Equal(["plan_text.sections[0].text"], violations);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => host.Documents().GetPlanTextAsync(new GetPlanTextRequest { Name = planText.Name }).ResponseAsync);
    }

    [Fact]
    public async Task A_key_used_twice_is_refused_and_a_stale_etag_aborted()
    {
        var id = await host.PlanAsync();
        var documents = host.Documents(Caller.EditorOf(id));
        var read = await documents.GetPlanTextAsync(new GetPlanTextRequest { Name = $"federations/{id}/planTexts/2022" });
        var twice = new PlanText { Name = read.Name, Sections = { new Section { Key = "a" }, new Section { Key = "a" } } };

        var violations = await RpcAssert.IsInvalidWithReasons(() => documents.UpdatePlanTextAsync(new UpdatePlanTextRequest { PlanText = twice }).ResponseAsync);
        var changed = read.Clone();
        changed.Sections[0].Text = "Ny inledning.";
        var written = await documents.UpdatePlanTextAsync(new UpdatePlanTextRequest { PlanText = changed });
        var stale = read.Clone();
        stale.Sections[1].Text = "Gammal läsning.";
        await RpcAssert.FailsWith(StatusCode.Aborted, () => documents.UpdatePlanTextAsync(new UpdatePlanTextRequest { PlanText = stale }).ResponseAsync);

        Assert.Equal([("plan_text.sections[1].key", "DUPLICATE")], violations);
        Assert.Equal(written, await documents.GetPlanTextAsync(new GetPlanTextRequest { Name = read.Name }));
    }
}
