namespace Finsam.Dashboard.Telemetry;

public sealed record Attribute(string Key, string Value);

public sealed record SpanEvent(DateTimeOffset Time, string Name, IReadOnlyList<Attribute> Attributes);

public sealed record SpanRecord(
    string TraceId,
    string SpanId,
    string ParentSpanId,
    string Name,
    string Kind,
    string Resource,
    DateTimeOffset Start,
    DateTimeOffset End,
    bool IsError,
    string StatusMessage,
    IReadOnlyList<Attribute> Attributes,
    IReadOnlyList<SpanEvent> Events)
{
    public TimeSpan Duration => End - Start;
}

// One trace as received so far; spans of one trace may arrive from several services.
public sealed class TraceRecord(string traceId)
{
    private readonly List<SpanRecord> _spans = [];

    public string TraceId { get; } = traceId;

    public IReadOnlyList<SpanRecord> Spans => _spans;

    public DateTimeOffset Start => _spans.Min(s => s.Start);

    public TimeSpan Duration => _spans.Max(s => s.End) - Start;

    public IReadOnlyList<string> Resources => [.. _spans.OrderBy(s => s.Start).Select(s => s.Resource).Distinct()];

    public int Errors => _spans.Count(s => s.IsError);

    // The span without a parent here, else the earliest.
    public SpanRecord Root
    {
        get
        {
            var ids = _spans.Select(s => s.SpanId).ToHashSet(StringComparer.Ordinal);
            return _spans.Where(s => !ids.Contains(s.ParentSpanId) || s.ParentSpanId == s.SpanId).MinBy(s => s.Start)
                ?? _spans.MinBy(s => s.Start)!;
        }
    }

    // Worked out once per change, not on every redraw of the list (under the store's lock).
    private TraceSummary? _summary;

    internal TraceSummary Summary => _summary ??= TraceSummary.Of(this);

    internal void Add(SpanRecord span)
    {
        _spans.Add(span);
        _summary = null;
    }
}

public sealed record LogEntry(
    long Sequence,
    DateTimeOffset Time,
    string Resource,
    LogLevel Level,
    string Category,
    string Message,
    string TraceId,
    string SpanId,
    IReadOnlyList<Attribute> Attributes);

public sealed record MetricPoint(DateTimeOffset Time, double Value);

// One instrument of one resource: a series of points per set of attribute values.
public sealed class InstrumentSeries(string resource, string meter, string name, string unit, string description, string kind)
{
    public string Resource { get; } = resource;

    public string Meter { get; } = meter;

    public string Name { get; } = name;

    public string Unit { get; } = unit;

    public string Description { get; } = description;

    // "gauge", "counter", "histogram (mean)".
    public string Kind { get; } = kind;

    internal Dictionary<string, Queue<MetricPoint>> Series { get; } = new(StringComparer.Ordinal);
}
