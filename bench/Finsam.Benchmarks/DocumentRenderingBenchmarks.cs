using BenchmarkDotNet.Attributes;
using Finsam.Contracts.Documents.V1;
using Finsam.Documents.Composition;
using Finsam.Documents.Rendering;
using Finsam.Documents.Templating;

namespace Finsam.Benchmarks;

// A plan of Sundsvall's size (32 parts, a page of text each, four tables) composed and
// written as DOCX and HTML. The PDF is Chromium's work and is measured by its clock.
[MemoryDiagnoser]
public class DocumentRenderingBenchmarks
{
    private DocumentInputs _inputs = null!;
    private ComposedDocument _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        _inputs = SampleInputs.For(2022);
        _inputs.Template = new DocumentTemplate { TitlePage = new TitlePage { Title = "Verksamhetsplan {{ year }}" }, TableOfContents = true };
        var text = string.Join("\n\n", Enumerable.Repeat("Förbundet får {{ budget.income.kr }} år {{ year }} och planerar för {{ last_year }}. " + new string('x', 400), 4));
        for (var i = 0; i < 28; i++)
        {
            _inputs.Template.Parts.Add(new DocumentPart { Level = i % 3 + 1, Heading = $"Avsnitt {i} {{{{ year }}}}", Section = $"avsnitt-{i}" });
            _inputs.PlanText.Sections.Add(new Section { Key = $"avsnitt-{i}", Text = text });
        }
        foreach (var table in new[] { TableKind.BudgetWithPlan, TableKind.DetailedBudget, TableKind.ResultBudget, TableKind.BalanceBudget })
        {
            _inputs.Template.Parts.Add(new DocumentPart { Level = 1, Heading = table.ToString(), Table = table });
        }
        _document = DocumentComposer.Compose(_inputs);
    }

    [Benchmark]
    public ComposedDocument Compose() => DocumentComposer.Compose(_inputs);

    [Benchmark]
    public byte[] Docx() => DocxWriter.Write(_document);

    [Benchmark]
    public byte[] Html() => HtmlWriter.Write(_document);
}
