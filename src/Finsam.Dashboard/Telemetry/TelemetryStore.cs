using Microsoft.Extensions.Options;

namespace Finsam.Dashboard.Telemetry;

// Everything received, in memory, within limits; the oldest trace, log entry or point
// is dropped first. Exporters write from many threads at once: one lock guards it all,
// and readers get copies.
public sealed class TelemetryStore(IOptions<TelemetryLimits> options)
{
    private readonly TelemetryLimits _limits = options.Value;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, TraceRecord> _traces = new(StringComparer.Ordinal);
    private readonly Queue<string> _traceOrder = new();
    private readonly Queue<LogEntry> _logs = new();
    private readonly Dictionary<(string Resource, string Instrument), InstrumentSeries> _instruments = [];
    private long _logSequence;

    // Raised after each export is stored; pages refresh on it.
    public event Action? Changed;

    public void AddSpans(IEnumerable<SpanRecord> spans)
    {
        lock (_lock)
        {
            foreach (var span in spans)
            {
                if (!_traces.TryGetValue(span.TraceId, out var trace))
                {
                    trace = new TraceRecord(span.TraceId);
                    _traces[span.TraceId] = trace;
                    _traceOrder.Enqueue(span.TraceId);
                    while (_traceOrder.Count > _limits.MaxTraces)
                    {
                        _traces.Remove(_traceOrder.Dequeue());
                    }
                }
                if (trace.Spans.Count < _limits.MaxSpansPerTrace)
                {
                    trace.Add(span);
                }
            }
        }
        Changed?.Invoke();
    }

    public void AddLogs(IEnumerable<LogEntry> entries)
    {
        lock (_lock)
        {
            foreach (var entry in entries)
            {
                _logs.Enqueue(entry with { Sequence = ++_logSequence });
                while (_logs.Count > _limits.MaxLogEntries)
                {
                    _logs.Dequeue();
                }
            }
        }
        Changed?.Invoke();
    }

    public void AddPoints(InstrumentSeries instrument, string series, IEnumerable<MetricPoint> points)
    {
        lock (_lock)
        {
            var key = (instrument.Resource, $"{instrument.Meter}/{instrument.Name}");
            if (!_instruments.TryGetValue(key, out var stored))
            {
                stored = instrument;
                _instruments[key] = stored;
            }
            if (!stored.Series.TryGetValue(series, out var queue))
            {
                if (stored.Series.Count >= _limits.MaxSeriesPerInstrument)
                {
                    return;
                }
                queue = new Queue<MetricPoint>();
                stored.Series[series] = queue;
            }
            foreach (var point in points)
            {
                queue.Enqueue(point);
                while (queue.Count > _limits.MaxPointsPerSeries)
                {
                    queue.Dequeue();
                }
            }
        }
        Changed?.Invoke();
    }

    public int TraceCount
    {
        get { lock (_lock) { return _traces.Count; } }
    }

    // Newest first.
    public IReadOnlyList<TraceSummary> Traces()
    {
        lock (_lock)
        {
            return [.. _traceOrder.Reverse().Select(id => _traces[id].Summary)];
        }
    }

    public IReadOnlyList<SpanRecord>? Trace(string traceId)
    {
        lock (_lock)
        {
            return _traces.TryGetValue(traceId, out var trace) ? [.. trace.Spans.OrderBy(s => s.Start)] : null;
        }
    }

    // Oldest first.
    public IReadOnlyList<LogEntry> Logs()
    {
        lock (_lock)
        {
            return [.. _logs];
        }
    }

    public IReadOnlyList<(string Resource, string Meter, string Name, string Unit, string Description, string Kind)> Instruments()
    {
        lock (_lock)
        {
            return [.. _instruments.Values.Select(i => (i.Resource, i.Meter, i.Name, i.Unit, i.Description, i.Kind)).OrderBy(i => i.Resource).ThenBy(i => i.Name)];
        }
    }

    public IReadOnlyDictionary<string, IReadOnlyList<MetricPoint>> Points(string resource, string meter, string name)
    {
        lock (_lock)
        {
            return _instruments.TryGetValue((resource, $"{meter}/{name}"), out var instrument)
                ? instrument.Series.ToDictionary(s => s.Key, s => (IReadOnlyList<MetricPoint>)[.. s.Value])
                : new Dictionary<string, IReadOnlyList<MetricPoint>>();
        }
    }
}

// A trace as the list shows it, taken under the store's lock.
public sealed record TraceSummary(string TraceId, string Name, string RootResource, DateTimeOffset Start, TimeSpan Duration, int Spans, IReadOnlyList<string> Resources, int Errors)
{
    public static TraceSummary Of(TraceRecord trace)
    {
        var root = trace.Root;
        return new(trace.TraceId, root.Name, root.Resource, trace.Start, trace.Duration, trace.Spans.Count, trace.Resources, trace.Errors);
    }
}
