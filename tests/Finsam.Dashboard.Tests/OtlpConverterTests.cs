using Finsam.Dashboard.Otlp;
using Google.Protobuf;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Proto.Collector.Logs.V1;
using OpenTelemetry.Proto.Collector.Metrics.V1;
using OpenTelemetry.Proto.Collector.Trace.V1;
using OpenTelemetry.Proto.Common.V1;
using OpenTelemetry.Proto.Logs.V1;
using OpenTelemetry.Proto.Metrics.V1;
using OpenTelemetry.Proto.Resource.V1;
using OpenTelemetry.Proto.Trace.V1;

namespace Finsam.Dashboard.Tests;

public sealed class OtlpConverterTests
{
    private static Resource Service(string name) => new() { Attributes = { new KeyValue { Key = "service.name", Value = new AnyValue { StringValue = name } } } };

    [Fact]
    public void A_span_keeps_its_ids_times_status_attributes_and_events()
    {
        var request = new ExportTraceServiceRequest
        {
            ResourceSpans =
            {
                new ResourceSpans
                {
                    Resource = Service("budget"),
                    ScopeSpans =
                    {
                        new ScopeSpans
                        {
                            Spans =
                            {
                                new Span
                                {
                                    TraceId = ByteString.CopyFrom(Convert.FromHexString("0af7651916cd43dd8448eb211c80319c")),
                                    SpanId = ByteString.CopyFrom(Convert.FromHexString("b7ad6b7169203331")),
                                    Name = "ComputeBudget",
                                    Kind = Span.Types.SpanKind.Server,
                                    StartTimeUnixNano = 1_700_000_000_000_000_000,
                                    EndTimeUnixNano = 1_700_000_000_250_000_000,
                                    Status = new Status { Code = Status.Types.StatusCode.Error, Message = "funding is unavailable" },
                                    Attributes = { new KeyValue { Key = "rpc.grpc.status_code", Value = new AnyValue { IntValue = 14 } } },
                                    Events = { new Span.Types.Event { Name = "exception", TimeUnixNano = 1_700_000_000_100_000_000 } },
                                },
                            },
                        },
                    },
                },
            },
        };

        var span = Assert.Single(OtlpConverter.Spans(request));

        Assert.Equal(("0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331", "", "budget"), (span.TraceId, span.SpanId, span.ParentSpanId, span.Resource));
        Assert.Equal(TimeSpan.FromMilliseconds(250), span.Duration);
        Assert.Equal((true, "funding is unavailable"), (span.IsError, span.StatusMessage));
        Assert.Equal("14", Assert.Single(span.Attributes).Value);
        Assert.Equal(TimeSpan.FromMilliseconds(100), Assert.Single(span.Events).Time - span.Start);
    }

    [Theory]
    [InlineData(SeverityNumber.Info, LogLevel.Information)]
    [InlineData(SeverityNumber.Warn2, LogLevel.Warning)]
    [InlineData(SeverityNumber.Error, LogLevel.Error)]
    [InlineData(SeverityNumber.Debug, LogLevel.Debug)]
    [InlineData(SeverityNumber.Fatal4, LogLevel.Critical)]
    public void A_log_records_severity_becomes_its_level(SeverityNumber severity, LogLevel level)
    {
        var request = new ExportLogsServiceRequest
        {
            ResourceLogs = { new ResourceLogs { Resource = Service("grants"), ScopeLogs = { new ScopeLogs { Scope = new InstrumentationScope { Name = "Finsam.Grants" }, LogRecords = { new LogRecord { SeverityNumber = severity, Body = new AnyValue { StringValue = "Beviljad" } } } } } } },
        };

        var entry = Assert.Single(OtlpConverter.Logs(request));

        Assert.Equal((level, "grants", "Finsam.Grants", "Beviljad"), (entry.Level, entry.Resource, entry.Category, entry.Message));
    }

    [Fact]
    public void Metric_points_are_grouped_by_their_attributes_and_histograms_shown_as_their_mean()
    {
        KeyValue Method(string method) => new() { Key = "http.request.method", Value = new AnyValue { StringValue = method } };
        var request = new ExportMetricsServiceRequest
        {
            ResourceMetrics =
            {
                new ResourceMetrics
                {
                    Resource = Service("gateway"),
                    ScopeMetrics =
                    {
                        new ScopeMetrics
                        {
                            Scope = new InstrumentationScope { Name = "Microsoft.AspNetCore.Hosting" },
                            Metrics =
                            {
                                new Metric
                                {
                                    Name = "http.server.request.duration",
                                    Unit = "s",
                                    Histogram = new Histogram { DataPoints = { new HistogramDataPoint { Count = 4, Sum = 2, Attributes = { Method("GET") } }, new HistogramDataPoint { Count = 1, Sum = 3, Attributes = { Method("POST") } } } },
                                },
                                new Metric { Name = "requests", Sum = new Sum { IsMonotonic = true, DataPoints = { new NumberDataPoint { AsInt = 7 } } } },
                            },
                        },
                    },
                },
            },
        };

        var series = OtlpConverter.Metrics(request).ToList();

        Assert.Equal(
            [
                ("http.server.request.duration", "http.request.method=GET", 0.5), ("http.server.request.duration", "http.request.method=POST", 3.0),
                ("http.server.request.duration (antal)", "http.request.method=GET", 4.0), ("http.server.request.duration (antal)", "http.request.method=POST", 1.0),
                ("requests", "", 7.0),
            ],
            series.Select(s => (s.Instrument.Name, s.Series, Assert.Single(s.Points).Value)));
        Assert.Equal(["histogram (mean)", "histogram (mean)", "counter", "counter", "counter"], series.Select(s => s.Instrument.Kind));
    }
}
