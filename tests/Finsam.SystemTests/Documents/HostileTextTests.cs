using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Identity.V1;
using Finsam.SystemTests.Infrastructure;
using Google.Rpc;
using Grpc.Core;

namespace Finsam.SystemTests.Documents;

// An editor saving texts built to make the documents service allocate gigabytes or fail:
// each is refused when saved, as InvalidArgument naming its section and its placeholder,
// and nothing is stored.
[Collection(SystemCollection.Name)]
public sealed class HostileTextTests(FinsamSystem system)
{
    private static readonly (string Text, string Placeholder)[] Hostile =
    [
        ("{% for i in (1..1000) %}{% for j in (1..1000) %}x{% endfor %}{% endfor %}", "for j in (1..1000)"),
        ("{% assign n = 1000000000 %}{% for i in (1..n) %}x{% endfor %}", "(1..n)"),
        ("{% assign s = 'xxxxxxxxxx' %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}", "s | append"),
        ("{% assign s = 'xxxxxxxxxx' %}{% for i in (1..10) %}{% assign s = s | replace: 'x', 'xxxxxxxxxx' %}{% endfor %}", "s | replace"),
        ("{{ year | divided_by: 0 }}", "year | divided_by"),
        ("{{ year | modulo: 0 }}", "year | modulo"),
        ("{{ 79228162514264337593543950335 | times: 10 }}", "| times"),
        ("{{ 1.5 | round: 1000000 }}", "1.5 | round"),
        ("{{ federation.name | base64_decode }}", "federation.name | base64_decode"),
        ("{{ 100000000000000000000 | date: '%Y' }}", "| date"),
    ];

    [Fact]
    public async Task Hostile_texts_are_refused_when_an_editor_saves_them_naming_each_placeholder()
    {
        var id = await SundsvallDocument.SetUpAsync(system);
        var editor = system.DocumentsAs(await system.TokenWithRolesAsync((Role.Editor, id)));
        var planText = new PlanText { Name = $"federations/{id}/planTexts/2023" };
        for (var i = 0; i < Hostile.Length; i++)
        {
            planText.Sections.Add(new Section { Key = $"avsnitt-{i}", Text = Hostile[i].Text });
        }

        var failure = await RpcAssert.FailsWith(StatusCode.InvalidArgument,
            () => editor.UpdatePlanTextAsync(new UpdatePlanTextRequest { PlanText = planText, AllowMissing = true }).ResponseAsync);

        var violations = failure.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations ?? [];
        Assert.Equal(Hostile.Select((_, i) => $"plan_text.sections[{i}].text"), violations.Select(v => v.Field));
        Assert.All(violations.Zip(Hostile), pair => Assert.Contains(pair.Second.Placeholder, pair.First.Description));
        await RpcAssert.FailsWith(StatusCode.NotFound, () => editor.GetPlanTextAsync(new GetPlanTextRequest { Name = planText.Name }).ResponseAsync);
    }

    [Fact]
    public async Task A_hostile_heading_is_refused_and_the_template_stays_as_it_was()
    {
        var id = await SundsvallDocument.SetUpAsync(system);
        var editor = system.DocumentsAs(await system.TokenWithRolesAsync((Role.Editor, id)));
        var name = $"federations/{id}/documentTemplate";
        var stored = await editor.GetDocumentTemplateAsync(new GetDocumentTemplateRequest { Name = name });

        var hostile = stored.Clone();
        hostile.Parts[0].Heading = "{% for i in (1..100000000) %}x{% endfor %}";

        Assert.Equal(["template.parts[0].heading"], await RpcAssert.IsInvalid(
            () => editor.UpdateDocumentTemplateAsync(new UpdateDocumentTemplateRequest { Template = hostile }).ResponseAsync));
        Assert.Equal(stored, await editor.GetDocumentTemplateAsync(new GetDocumentTemplateRequest { Name = name }));
    }
}
