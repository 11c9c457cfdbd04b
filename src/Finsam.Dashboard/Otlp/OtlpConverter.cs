using System.Globalization;
using Finsam.Dashboard.Telemetry;
using Google.Protobuf;
using OpenTelemetry.Proto.Collector.Logs.V1;
using OpenTelemetry.Proto.Collector.Metrics.V1;
using OpenTelemetry.Proto.Collector.Trace.V1;
using OpenTelemetry.Proto.Common.V1;
using OpenTelemetry.Proto.Logs.V1;
using OpenTelemetry.Proto.Metrics.V1;
using Attribute = Finsam.Dashboard.Telemetry.Attribute;
using Resource = OpenTelemetry.Proto.Resource.V1.Resource;
using Span = OpenTelemetry.Proto.Trace.V1.Span;

namespace Finsam.Dashboard.Otlp;

// OTLP messages as the dashboard keeps them: spans, log entries, metric points, each
// named by the resource (service.name) that sent it.
public static class OtlpConverter
{
    public static IEnumerable<SpanRecord> Spans(ExportTraceServiceRequest request) =>
        from resourceSpans in request.ResourceSpans
        let resource = ResourceName(resourceSpans.Resource)
        from scope in resourceSpans.ScopeSpans
        from span in scope.Spans
        select new SpanRecord(
            Hex(span.TraceId),
            Hex(span.SpanId),
            Hex(span.ParentSpanId),
            span.Name,
            span.Kind.ToString(),
            resource,
            Time(span.StartTimeUnixNano),
            Time(Math.Max(span.EndTimeUnixNano, span.StartTimeUnixNano)),
            span.Status?.Code == OpenTelemetry.Proto.Trace.V1.Status.Types.StatusCode.Error,
            span.Status?.Message ?? "",
            Attributes(span.Attributes),
            [.. span.Events.Select(e => new SpanEvent(Time(e.TimeUnixNano), e.Name, Attributes(e.Attributes)))]);

    public static IEnumerable<LogEntry> Logs(ExportLogsServiceRequest request) =>
        from resourceLogs in request.ResourceLogs
        let resource = ResourceName(resourceLogs.Resource)
        from scope in resourceLogs.ScopeLogs
        from record in scope.LogRecords
        select new LogEntry(
            0,
            Time(record.TimeUnixNano != 0 ? record.TimeUnixNano : record.ObservedTimeUnixNano),
            resource,
            Level(record.SeverityNumber),
            scope.Scope?.Name ?? "",
            Text(record.Body),
            Hex(record.TraceId),
            Hex(record.SpanId),
            Attributes(record.Attributes));

    public static IEnumerable<(InstrumentSeries Instrument, string Series, IReadOnlyList<MetricPoint> Points)> Metrics(ExportMetricsServiceRequest request)
    {
        foreach (var resourceMetrics in request.ResourceMetrics)
        {
            var resource = ResourceName(resourceMetrics.Resource);
            foreach (var scope in resourceMetrics.ScopeMetrics)
            {
                foreach (var metric in scope.Metrics)
                {
                    var (kind, points) = metric.DataCase switch
                    {
                        Metric.DataOneofCase.Gauge => ("gauge", metric.Gauge.DataPoints.Select(p => (p.Attributes, Point(p.TimeUnixNano, Number(p))))),
                        Metric.DataOneofCase.Sum => (metric.Sum.IsMonotonic ? "counter" : "up-down counter", metric.Sum.DataPoints.Select(p => (p.Attributes, Point(p.TimeUnixNano, Number(p))))),
                        Metric.DataOneofCase.Histogram => ("histogram (mean)", metric.Histogram.DataPoints.Select(p => (p.Attributes, Point(p.TimeUnixNano, p.Count == 0 ? 0 : p.Sum / p.Count)))),
                        _ => ("", Enumerable.Empty<(Google.Protobuf.Collections.RepeatedField<KeyValue>, MetricPoint)>()),
                    };
                    if (kind.Length == 0)
                    {
                        continue;
                    }
                    var instrument = new InstrumentSeries(resource, scope.Scope?.Name ?? "", metric.Name, metric.Unit, metric.Description, kind);
                    foreach (var group in points.GroupBy(p => SeriesName(p.Item1)))
                    {
                        yield return (instrument, group.Key, [.. group.Select(p => p.Item2)]);
                    }
                    if (metric.DataCase == Metric.DataOneofCase.Histogram)
                    {
                        // A histogram also counts what it measures: requests, for a request duration.
                        var counted = new InstrumentSeries(resource, scope.Scope?.Name ?? "", $"{metric.Name} (antal)", "", metric.Description, "counter");
                        foreach (var group in metric.Histogram.DataPoints.GroupBy(p => SeriesName(p.Attributes)))
                        {
                            yield return (counted, group.Key, [.. group.Select(p => Point(p.TimeUnixNano, p.Count))]);
                        }
                    }
                }
            }
        }
    }

    public static string ResourceName(Resource? resource) =>
        resource?.Attributes.FirstOrDefault(a => a.Key == "service.name")?.Value?.StringValue is { Length: > 0 } name ? name : "okänd";

    // "http.request.method=GET, http.route=/v1/..." or "" for a series without attributes.
    private static string SeriesName(IEnumerable<KeyValue> attributes) =>
        string.Join(", ", attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={Text(a.Value)}"));

    private static MetricPoint Point(ulong time, double value) => new(Time(time), value);

    private static double Number(NumberDataPoint point) => point.ValueCase == NumberDataPoint.ValueOneofCase.AsInt ? point.AsInt : point.AsDouble;

    private static IReadOnlyList<Attribute> Attributes(IEnumerable<KeyValue> attributes) =>
        [.. attributes.Select(a => new Attribute(a.Key, Text(a.Value)))];

    public static string Text(AnyValue? value) => value?.ValueCase switch
    {
        AnyValue.ValueOneofCase.StringValue => value.StringValue,
        AnyValue.ValueOneofCase.BoolValue => value.BoolValue ? "true" : "false",
        AnyValue.ValueOneofCase.IntValue => value.IntValue.ToString(CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.DoubleValue => value.DoubleValue.ToString(CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.BytesValue => Convert.ToBase64String(value.BytesValue.ToByteArray()),
        AnyValue.ValueOneofCase.ArrayValue => $"[{string.Join(", ", value.ArrayValue.Values.Select(Text))}]",
        AnyValue.ValueOneofCase.KvlistValue => $"{{{string.Join(", ", value.KvlistValue.Values.Select(v => $"{v.Key}: {Text(v.Value)}"))}}}",
        _ => "",
    };

    private static LogLevel Level(SeverityNumber severity) => severity switch
    {
        >= SeverityNumber.Fatal => LogLevel.Critical,
        >= SeverityNumber.Error => LogLevel.Error,
        >= SeverityNumber.Warn => LogLevel.Warning,
        >= SeverityNumber.Info => LogLevel.Information,
        >= SeverityNumber.Debug => LogLevel.Debug,
        >= SeverityNumber.Trace => LogLevel.Trace,
        _ => LogLevel.None,
    };

    private static DateTimeOffset Time(ulong unixNano) =>
        DateTimeOffset.FromUnixTimeMilliseconds(0).AddTicks((long)Math.Min(unixNano / 100, (ulong)DateTimeOffset.MaxValue.UtcTicks / 2));

    private static string Hex(ByteString bytes) => bytes.IsEmpty ? "" : Convert.ToHexStringLower(bytes.Span);
}
