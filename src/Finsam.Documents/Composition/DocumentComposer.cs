using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.Documents.Domain;
using Finsam.Documents.Templating;

namespace Finsam.Documents.Composition;

// Lays the document out from its inputs: the template's parts in order, each text with
// its placeholders filled, each table from the budget. Pure: the same inputs give the
// same document.
public static class DocumentComposer
{
    public static ComposedDocument Compose(DocumentInputs inputs)
    {
        var values = PlaceholderModel.From(inputs);
        var problems = new List<(string, string)>();
        var template = inputs.Template;
        var isDraft = Publication.IsDraft(inputs);
        var isPlan = inputs.Kind == DocumentKind.Plan;

        string Fill(string text, string field)
        {
            try
            {
                return LiquidText.Render(text, values);
            }
            catch (TemplateProblem problem)
            {
                problems.Add((field, problem.Message));
                return "";
            }
        }

        var sections = inputs.PlanText.Sections.Select((s, i) => (s.Key, s.Text, Index: i)).ToDictionary(s => s.Key);
        // A label the federation prints may name the year: filled in once, like a heading.
        var labels = template.RowLabels.ToDictionary(l => l.Key, l => Fill(l.Value, $"template.row_labels[{l.Key}]").Trim(), StringComparer.Ordinal);
        var tables = new BudgetTables(inputs, labels);
        var annualReportTables = new AnnualReportTables(inputs);
        var body = new List<Block>();
        for (var i = 0; i < template.Parts.Count; i++)
        {
            var part = template.Parts[i];
            var heading = Fill(part.Heading, $"template.parts[{i}].heading").Trim();
            if (heading.Length > 0)
            {
                body.Add(new Heading(Math.Clamp(part.Level, 1, 3), heading));
            }
            switch (part.ContentCase)
            {
                case DocumentPart.ContentOneofCase.Section when sections.TryGetValue(part.Section, out var section):
                    body.AddRange(TextMarkup.Parse(Fill(section.Text, $"plan_text.sections[{section.Index}].text")));
                    break;
                case DocumentPart.ContentOneofCase.Table when AnnualReportTables.Covers(part.Table):
                    body.AddRange(annualReportTables.Build(part.Table));
                    break;
                case DocumentPart.ContentOneofCase.Table:
                    body.Add(tables.Build(part.Table));
                    break;
            }
        }

        var page = template.TitlePage ?? new TitlePage();
        var title = Fill(page.Title, "template.title_page.title").Trim();
        var facts = new List<string>();
        if (page.Date.Length > 0)
        {
            facts.Add($"DATUM {page.Date}");
        }
        // The diarienummer and the adoption are the budget's: a plan's facts.
        if (page.ShowReferenceNumber && !isDraft && isPlan)
        {
            facts.Add($"DNR {inputs.Budget.ReferenceNumber}");
        }
        var adoption = page.ShowAdoption && !isDraft && isPlan
            ? $"Antagen av {(page.AdoptedBy.Length > 0 ? page.AdoptedBy : "styrelsen")} den {AdoptionDate(inputs.Budget.AdoptedOn, page.AdoptionDateStyle)}"
            : null;

        if (problems.Count > 0)
        {
            throw new DocumentProblems(problems);
        }
        var draftMark = isDraft ? Publication.DraftMark(inputs.Kind) : null;
        return new ComposedDocument(new TitlePageContent([.. page.Lines], title, facts, adoption, [.. page.LinesBelowTitle]), draftMark, template.TableOfContents, body);
    }

    // The budget's adoption date as the template wants it written; kept as stored if it
    // is not a date (the budget service checks it, so that is only a safeguard).
    private static string AdoptionDate(string adoptedOn, DateStyle style) =>
        style == DateStyle.Long && SwedishFormat.ParseIsoDate(adoptedOn) is { } date ? SwedishFormat.LongDate(date) : adoptedOn;
}
