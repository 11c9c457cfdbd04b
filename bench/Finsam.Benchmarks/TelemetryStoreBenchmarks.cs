using BenchmarkDotNet.Attributes;
using Finsam.Dashboard.Telemetry;
using Microsoft.Extensions.Options;

namespace Finsam.Benchmarks;

// The dashboard's store full (10 000 traces of 20 spans): what one export of 100 spans
// costs, and what a redraw of the traces list costs while exporters wait on the lock.
[MemoryDiagnoser]
public class TelemetryStoreBenchmarks
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private TelemetryStore _store = null!;
    private SpanRecord[] _export = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _store = new TelemetryStore(Options.Create(new TelemetryLimits()));
        for (var trace = 0; trace < 10_000; trace++)
        {
            _store.AddSpans(Spans($"full-{trace}", 20));
        }
        _export = [.. Enumerable.Range(0, 5).SelectMany(i => Spans($"export-{i}", 20))];
    }

    [Benchmark]
    public void ExportOf100Spans()
    {
        var round = Interlocked.Increment(ref _next);
        _store.AddSpans(_export.Select(s => s with { TraceId = $"{s.TraceId}-{round}" }));
    }

    [Benchmark]
    public int TracesListRedraw() => _store.Traces().Count;

    private static IEnumerable<SpanRecord> Spans(string traceId, int count) =>
        Enumerable.Range(0, count).Select(i => new SpanRecord(
            traceId, $"s{i}", i == 0 ? "" : "s0", $"span {i}", "Server", "budget",
            Start.AddMilliseconds(i), Start.AddMilliseconds(i + 5), false, "", [], []));
}
