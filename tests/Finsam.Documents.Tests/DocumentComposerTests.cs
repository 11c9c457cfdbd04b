using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.Documents.Composition;
using Finsam.Documents.Templating;

namespace Finsam.Documents.Tests;

public sealed class DocumentComposerTests
{
    private static DocumentInputs Inputs(BudgetStatus status)
    {
        var inputs = SampleInputs.For(2022);
        inputs.Budget.Status = status;
        inputs.Template = new DocumentTemplate
        {
            TitlePage = new TitlePage { Title = "Verksamhetsplan {{ year }}", ShowAdoption = true, ShowReferenceNumber = true },
            Parts =
            {
                new DocumentPart { Level = 1, Heading = "Inledning", Section = "inledning" },
                new DocumentPart { Level = 2, Heading = "Budget {{ year }}–{{ last_year }}", Table = TableKind.BudgetWithPlan },
            },
        };
        inputs.PlanText = new PlanText { Sections = { new Section { Key = "inledning", Text = "{{ federation.name }} planerar {{ year }}.\n\n- Ett mål" } } };
        return inputs;
    }

    [Fact]
    public void The_parts_come_in_the_templates_order_with_their_text_filled_in()
    {
        var document = DocumentComposer.Compose(Inputs(BudgetStatus.Adopted));

        Assert.Equal("Verksamhetsplan 2022", document.Title);
        Assert.Equal(
            ["Heading:Inledning", "Paragraph:Samordningsförbundet planerar 2022.", "ItemList:", "Heading:Budget 2022–2024", "Table:"],
            document.Body.Select(b => b switch
            {
                Heading h => $"Heading:{h.Text}",
                Paragraph p => $"Paragraph:{p.Text}",
                _ => $"{b.GetType().Name}:",
            }));
        Assert.False(document.IsDraft);
        Assert.Equal(["DNR 1/00"], document.TitlePage.Facts);
        Assert.Equal("Antagen av styrelsen den 2021-11-26", document.TitlePage.AdoptionLine);
    }

    [Fact]
    public void The_adoption_line_can_give_the_long_swedish_date_and_lines_can_stand_below_the_title()
    {
        var inputs = Inputs(BudgetStatus.Adopted);
        inputs.Budget.AdoptedOn = "2021-11-05";
        inputs.Template.TitlePage.Lines.Add("SAMORDNINGSFÖRBUNDET");
        inputs.Template.TitlePage.LinesBelowTitle.Add("Samverkan som gör skillnad");
        inputs.Template.TitlePage.AdoptionDateStyle = DateStyle.Long;
        inputs.Template.TitlePage.AdoptedBy = "styrelsen för Samordningsförbundet";

        var page = DocumentComposer.Compose(inputs).TitlePage;

        Assert.Equal("Antagen av styrelsen för Samordningsförbundet den 5 november 2021", page.AdoptionLine);
        Assert.Equal(["SAMORDNINGSFÖRBUNDET"], page.Lines);
        Assert.Equal(["Samverkan som gör skillnad"], page.LinesBelowTitle);
    }

    [Fact]
    public void A_budget_not_adopted_makes_a_draft_without_adoption_or_reference_number()
    {
        var document = DocumentComposer.Compose(Inputs(BudgetStatus.Proposed));

        Assert.True(document.IsDraft);
        Assert.Empty(document.TitlePage.Facts);
        Assert.Null(document.TitlePage.AdoptionLine);
    }

    [Fact]
    public void Every_bad_placeholder_is_named_by_the_field_that_holds_it()
    {
        var inputs = Inputs(BudgetStatus.Adopted);
        inputs.Template.Parts[1].Heading = "Budget {{ yr }}";
        inputs.PlanText.Sections[0].Text = "{{ federation.nam }}";

        var problems = Assert.Throws<DocumentProblems>(() => DocumentComposer.Compose(inputs)).Problems;

        Assert.Equal(["plan_text.sections[0].text", "template.parts[1].heading"], problems.Select(p => p.Field).Order());
        Assert.Contains(problems, p => p.Message.Contains("federation.nam", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_label_the_federation_prints_can_name_the_year()
    {
        var inputs = Inputs(BudgetStatus.Adopted);
        inputs.Template.Parts.Add(new DocumentPart { Table = TableKind.BudgetRoom });
        inputs.Template.RowLabels["Ingående överskott"] = "Ingående överskott (eget kapital 1 januari {{ year }})";

        var room = DocumentComposer.Compose(inputs).Body.OfType<Table>().Last();

        Assert.Equal("Ingående överskott (eget kapital 1 januari 2022)", room.Rows[0].Label);
    }

    [Fact]
    public void A_bad_placeholder_in_a_row_label_is_named_by_its_row()
    {
        var inputs = Inputs(BudgetStatus.Adopted);
        inputs.Template.RowLabels["Summa kostnader"] = "Summa kostnader {{ yr }}";

        var problems = Assert.Throws<DocumentProblems>(() => DocumentComposer.Compose(inputs)).Problems;

        Assert.Equal(["template.row_labels[Summa kostnader]"], problems.Select(p => p.Field));
    }
}
