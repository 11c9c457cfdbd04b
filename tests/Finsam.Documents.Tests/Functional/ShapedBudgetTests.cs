using Finsam.Contracts.Documents.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Grpc.Core;

namespace Finsam.Documents.Tests.Functional;

// A federation shaped unlike Sundsvall gets its document in its own shape: the figures
// come from budget and grants as their reports give them.
public sealed class ShapedBudgetTests(DocumentsHost host) : IClassFixture<DocumentsHost>
{
    private async Task<string> ShapedAsync()
    {
        var id = DocumentsHost.NewFederation();
        ShapedPlan.Figures(host.Neighbours, id);
        var documents = host.Documents(Caller.EditorOf(id));
        await documents.UpdateDocumentTemplateAsync(new UpdateDocumentTemplateRequest { Template = ShapedPlan.Template(id), AllowMissing = true });
        await documents.UpdatePlanTextAsync(new UpdatePlanTextRequest { PlanText = ShapedPlan.Text(id), AllowMissing = true });
        return id;
    }

    [Fact]
    public async Task A_one_year_budget_is_printed_in_its_own_shape_with_its_room_and_the_decided_money()
    {
        var id = await ShapedAsync();

        var text = (await DocumentFile.RenderAsync(host.Documents(Caller.ReaderOf(id)), id, FileFormat.Html)).Text();

        Assert.Contains("<title>Verksamhetsplan 2022</title>", text);
        Assert.Contains("<tr><th scope=\"col\">Intäkter</th><th scope=\"col\">2022</th></tr>", text);
        Assert.Contains("<th scope=\"row\">Medlemsbidrag</th><td class=\"number\">7 378 000</td>", text);
        Assert.Contains("<th scope=\"row\">Insatser</th><td class=\"number\">-6 000 000</td>", text);
        Assert.Contains("<th scope=\"row\">Summa insatskostnader</th><td class=\"number\">-6 000 000</td>", text);
        Assert.Contains("<th scope=\"row\">Summa kostnader</th><td class=\"number\">-7 000 000</td>", text);
        Assert.Contains("<th scope=\"row\">Budgeterat resultat</th><td class=\"number\">378 000</td>", text);
        Assert.True(text.IndexOf("Summa insatskostnader", StringComparison.Ordinal) < text.IndexOf("Verksamhetens kostnader", StringComparison.Ordinal));
        Assert.Contains("<th scope=\"row\">Ingående överskott</th><td class=\"number\">500 000</td>", text);
        Assert.Contains("<th scope=\"row\">Utgående överskott</th><td class=\"number\">878 000</td>", text);
        // The board decided 850 000 kr for the psykolog, whose cost lines ask 895 000 kr.
        Assert.Contains("<th scope=\"row\">Psykolog</th><td class=\"text\">Individinriktad</td><td class=\"text\"></td><td class=\"number\">850 000</td>", text);
        Assert.Contains(
            "Medlemsbidragen är 7 378 000 kr, insatserna 6 000 000 kr (Summa insatskostnader). Budgetutrymmet går från 500 000 kr till 878 000 kr. Psykolog: 850 000 kr.",
            text);
    }

    [Fact]
    public async Task A_heading_that_asks_for_a_plan_year_the_budget_does_not_have_is_named()
    {
        var id = await ShapedAsync();
        var template = ShapedPlan.Template(id);
        template.Parts[1].Heading = "Budget {{ year }} med plan för {{ plan_years[0] }}-{{ last_year }}";
        await host.Documents(Caller.EditorOf(id)).UpdateDocumentTemplateAsync(new UpdateDocumentTemplateRequest { Template = template, AllowMissing = true });

        var failure = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => DocumentFile.RenderAsync(host.Documents(Caller.ReaderOf(id)), id, FileFormat.Html));

        Assert.Contains("template.parts[1].heading", failure.Status.Detail);
        Assert.Contains("plan_years[0]", failure.Status.Detail);
    }

    [Fact]
    public async Task A_text_naming_a_group_the_budget_does_not_have_is_saved_and_named_when_rendering()
    {
        var id = await ShapedAsync();
        var text = ShapedPlan.Text(id);
        text.Sections[0].Text = "{{ budget.groups.innovation.kr }}";
        await host.Documents(Caller.EditorOf(id)).UpdatePlanTextAsync(new UpdatePlanTextRequest { PlanText = text, AllowMissing = true });

        var failure = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => DocumentFile.RenderAsync(host.Documents(Caller.ReaderOf(id)), id, FileFormat.Html));

        Assert.Contains("budget.groups.innovation", failure.Status.Detail);
    }
}
