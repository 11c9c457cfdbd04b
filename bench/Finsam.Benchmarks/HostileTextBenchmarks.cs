using BenchmarkDotNet.Attributes;
using Finsam.Documents.Templating;
using Finsam.Documents.Tests;

namespace Finsam.Benchmarks;

// The memory the documents service spends refusing every hostile text an editor could
// save (each asked for megabytes to gigabytes), beside one ordinary text: allocated bytes
// per operation, and the managed heap before and after the corpus.
[MemoryDiagnoser]
public class HostileTextBenchmarks
{
    private const string Ordinary = "Förbundet får {{ budget.income.kr }} år {{ year }}.{% for e in efforts.all %} {{ e.name | upcase }}{% endfor %}";

    private readonly PlaceholderValues _sample = PlaceholderModel.From(SampleInputs.For(2022));
    private long _heapBefore;

    [GlobalSetup]
    public void Setup() => _heapBefore = GC.GetTotalMemory(forceFullCollection: true);

    [GlobalCleanup]
    public void Cleanup() =>
        Console.WriteLine($"// Managed heap before the corpus: {_heapBefore / 1024} KiB, after: {GC.GetTotalMemory(forceFullCollection: true) / 1024} KiB");

    [Benchmark(Baseline = true)]
    public string OrdinaryText() => LiquidText.Render(Ordinary, _sample);

    [Benchmark]
    public int HostileCorpus()
    {
        var refused = 0;
        foreach (var hostile in HostileTexts.All)
        {
            try
            {
                LiquidText.Render(hostile.Text, _sample);
            }
            catch (TemplateProblem)
            {
                refused++;
            }
        }
        return refused == HostileTexts.All.Count ? refused : throw new InvalidOperationException("A hostile text was not refused.");
    }
}
