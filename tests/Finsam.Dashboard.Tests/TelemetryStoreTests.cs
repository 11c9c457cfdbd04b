using Finsam.Dashboard.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Finsam.Dashboard.Tests;

public sealed class TelemetryStoreTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static TelemetryStore Store(int traces = 10_000, int logs = 10_000, int points = 1_000) =>
        new(Options.Create(new TelemetryLimits { MaxTraces = traces, MaxLogEntries = logs, MaxPointsPerSeries = points }));

    private static SpanRecord Span(string traceId, string spanId, string parent = "", string resource = "budget", int startMs = 0, int endMs = 10) =>
        new(traceId, spanId, parent, $"span {spanId}", "Server", resource, Start.AddMilliseconds(startMs), Start.AddMilliseconds(endMs), false, "", [], []);

    private static LogEntry Log(string message) => new(0, Start, "budget", LogLevel.Information, "test", message, "", "", []);

    [Fact]
    public void Beyond_the_trace_limit_the_oldest_trace_goes_first_with_all_its_spans()
    {
        var store = Store(traces: 3);

        for (var i = 1; i <= 5; i++)
        {
            store.AddSpans([Span($"t{i}", "a"), Span($"t{i}", "b", parent: "a")]);
        }
        store.AddSpans([Span("t3", "c", parent: "a")]);

        Assert.Equal(["t5", "t4", "t3"], store.Traces().Select(t => t.TraceId));
        Assert.Null(store.Trace("t1"));
        Assert.Equal(3, store.Trace("t3")!.Count);
    }

    [Fact]
    public void Beyond_the_log_limit_the_oldest_entry_goes_first()
    {
        var store = Store(logs: 4);

        store.AddLogs(Enumerable.Range(1, 6).Select(i => Log($"rad {i}")));

        Assert.Equal(["rad 3", "rad 4", "rad 5", "rad 6"], store.Logs().Select(l => l.Message));
        Assert.Equal([3L, 4, 5, 6], store.Logs().Select(l => l.Sequence));
    }

    [Fact]
    public void Each_series_keeps_its_own_newest_points()
    {
        var store = Store(points: 2);
        var instrument = new InstrumentSeries("budget", "Microsoft.AspNetCore.Hosting", "http.server.request.duration", "s", "", "histogram (mean)");

        store.AddPoints(instrument, "GET", [new(Start, 1), new(Start.AddSeconds(1), 2), new(Start.AddSeconds(2), 3)]);
        store.AddPoints(instrument, "POST", [new(Start, 9)]);

        var points = store.Points("budget", "Microsoft.AspNetCore.Hosting", "http.server.request.duration");
        Assert.Equal([2.0, 3.0], points["GET"].Select(p => p.Value));
        Assert.Equal([9.0], points["POST"].Select(p => p.Value));
    }

    [Fact]
    public async Task Concurrent_exporters_lose_nothing_within_the_limits()
    {
        var store = Store();
        const int Exporters = 8, Batches = 50, PerBatch = 10;

        await Task.WhenAll(Enumerable.Range(0, Exporters).Select(exporter => Task.Run(() =>
        {
            for (var batch = 0; batch < Batches; batch++)
            {
                store.AddSpans(Enumerable.Range(0, PerBatch).Select(i => Span($"{exporter}-{batch}", $"s{i}", parent: i == 0 ? "" : "s0")));
                store.AddLogs(Enumerable.Range(0, PerBatch).Select(i => Log($"{exporter}-{batch}-{i}")));
                _ = store.Traces();
            }
        })));

        Assert.Equal(Exporters * Batches, store.TraceCount);
        Assert.All(store.Traces(), t => Assert.Equal(PerBatch, t.Spans));
        Assert.Equal(Exporters * Batches * PerBatch, store.Logs().Select(l => l.Message).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, Exporters * Batches * PerBatch).Select(i => (long)i), store.Logs().Select(l => l.Sequence));
    }

    [Fact]
    public void A_trace_summary_names_its_root_resources_and_errors()
    {
        var store = Store();
        store.AddSpans([
            Span("t", "a", resource: "gateway", startMs: 0, endMs: 100),
            Span("t", "b", parent: "a", resource: "budget", startMs: 5, endMs: 90) with { IsError = true },
            Span("t", "c", parent: "b", resource: "funding", startMs: 10, endMs: 40),
        ]);

        var trace = Assert.Single(store.Traces());
        Assert.Equal(("span a", "gateway", 3, 1, TimeSpan.FromMilliseconds(100)), (trace.Name, trace.RootResource, trace.Spans, trace.Errors, trace.Duration));
        Assert.Equal(["gateway", "budget", "funding"], trace.Resources);
    }

    [Fact]
    public void A_waterfall_puts_each_span_under_its_parent_on_the_traces_timeline()
    {
        var spans = new[]
        {
            Span("t", "c", parent: "b", startMs: 50, endMs: 100),
            Span("t", "a", startMs: 0, endMs: 200),
            Span("t", "b", parent: "a", startMs: 20, endMs: 120),
            Span("t", "d", parent: "a", startMs: 150, endMs: 160),
        };

        var waterfall = Waterfall.Of(spans);

        Assert.Equal([("a", 0), ("b", 1), ("c", 2), ("d", 1)], waterfall.Rows.Select(r => (r.Span.SpanId, r.Depth)));
        Assert.Equal((0.25, 0.25), (waterfall.Rows[2].Offset, waterfall.Rows[2].Width));
        Assert.Equal(TimeSpan.FromMilliseconds(200), waterfall.Duration);
    }

    [Fact]
    public void A_trace_whose_spans_all_name_a_parent_still_has_a_root()
    {
        var store = Store();
        store.AddSpans([Span("t", "a", parent: "a", startMs: 5), Span("t", "b", parent: "a", startMs: 0)]);

        Assert.Equal("span a", Assert.Single(store.Traces()).Name);
    }
}
