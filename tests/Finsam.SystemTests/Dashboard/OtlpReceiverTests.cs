using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;
using Grpc.Core;
using OpenTelemetry.Proto.Collector.Logs.V1;
using OpenTelemetry.Proto.Collector.Metrics.V1;
using OpenTelemetry.Proto.Collector.Trace.V1;
using OpenTelemetry.Proto.Common.V1;
using OpenTelemetry.Proto.Logs.V1;
using OpenTelemetry.Proto.Metrics.V1;
using OpenTelemetry.Proto.Resource.V1;
using OpenTelemetry.Proto.Trace.V1;

namespace Finsam.SystemTests.Dashboard;

// The dashboard as an OTLP backend, over both protocols, read back through its pages.
public sealed class OtlpReceiverTests(StandaloneDashboard dashboard) : IClassFixture<StandaloneDashboard>
{
    private static readonly Metadata WithKey = new() { { "x-otlp-api-key", StandaloneDashboard.ApiKey } };

    [Fact]
    public async Task Traces_logs_and_metrics_arrive_over_grpc_and_over_http()
    {
        var service = $"svc-{Guid.NewGuid():N}"[..16];
        var (grpcTrace, httpTrace) = (NewTraceId(), NewTraceId());
        using var channel = dashboard.GrpcChannel();

        await new TraceService.TraceServiceClient(channel).ExportAsync(Traces(service, grpcTrace), WithKey);
        await PostAsync("/v1/traces", Traces(service, httpTrace), StandaloneDashboard.ApiKey);
        await new LogsService.LogsServiceClient(channel).ExportAsync(Logs(service, "via gRPC"), WithKey);
        await PostAsync("/v1/logs", Logs(service, "via HTTP"), StandaloneDashboard.ApiKey);
        await new MetricsService.MetricsServiceClient(channel).ExportAsync(Metrics(service, "grpc.metric", 1), WithKey);
        await PostAsync("/v1/metrics", Metrics(service, "http.metric", 2), StandaloneDashboard.ApiKey);

        var traces = await dashboard.PageAsync($"/traces?resource={service}");
        Assert.Contains(grpcTrace, traces);
        Assert.Contains(httpTrace, traces);
        var detail = await dashboard.PageAsync($"/traces/{grpcTrace}");
        Assert.Contains("ComputeBudget", detail);
        var logs = await dashboard.PageAsync($"/structuredlogs?resource={service}");
        Assert.Contains("via gRPC", logs);
        Assert.Contains("via HTTP", logs);
        var metrics = await dashboard.PageAsync($"/metrics?resource={service}");
        Assert.Contains("grpc.metric", metrics);
        Assert.Contains("http.metric", metrics);
    }

    [Fact]
    public async Task Without_the_api_key_nothing_is_accepted_or_kept()
    {
        var service = $"svc-{Guid.NewGuid():N}"[..16];
        using var channel = dashboard.GrpcChannel();
        var traces = new TraceService.TraceServiceClient(channel);

        var missing = await Assert.ThrowsAsync<RpcException>(() => traces.ExportAsync(Traces(service, NewTraceId())).ResponseAsync);
        var wrong = await Assert.ThrowsAsync<RpcException>(() => traces.ExportAsync(Traces(service, NewTraceId()), new Metadata { { "x-otlp-api-key", "fel" } }).ResponseAsync);
        Assert.Equal((StatusCode.Unauthenticated, StatusCode.Unauthenticated), (missing.StatusCode, wrong.StatusCode));
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync("/v1/logs", Logs(service, "utan nyckel"), null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync("/v1/metrics", Metrics(service, "m", 1), "fel")).StatusCode);

        Assert.DoesNotContain(service, await dashboard.PageAsync("/traces"));
        Assert.DoesNotContain(service, await dashboard.PageAsync("/structuredlogs"));
        Assert.DoesNotContain(service, await dashboard.PageAsync("/metrics"));
    }

    [Fact]
    public async Task Past_the_limits_the_oldest_goes_first()
    {
        var service = $"svc-{Guid.NewGuid():N}"[..16];
        using var channel = dashboard.GrpcChannel();
        var ids = Enumerable.Range(0, StandaloneDashboard.Limit + 3).Select(_ => NewTraceId()).ToList();
        foreach (var id in ids)
        {
            await new TraceService.TraceServiceClient(channel).ExportAsync(Traces(service, id), WithKey);
        }
        for (var i = 0; i < StandaloneDashboard.Limit + 2; i++)
        {
            await PostAsync("/v1/logs", Logs(service, $"post nummer {i}."), StandaloneDashboard.ApiKey);
            await PostAsync("/v1/metrics", Metrics(service, "antal", i), StandaloneDashboard.ApiKey);
        }

        var traces = await dashboard.PageAsync("/traces");
        Assert.All(ids.Take(3), id => Assert.DoesNotContain(id, traces));
        Assert.All(ids.Skip(3), id => Assert.Contains(id, traces));
        var logs = await dashboard.PageAsync($"/structuredlogs?resource={service}");
        Assert.DoesNotContain("post nummer 0.", logs);
        Assert.DoesNotContain("post nummer 1.", logs);
        Assert.All(Enumerable.Range(2, StandaloneDashboard.Limit), i => Assert.Contains($"post nummer {i}.", logs));
        var metric = await dashboard.PageAsync($"/metrics?resource={service}&meter=test&instrument=antal");
        Assert.Contains($"<td>{StandaloneDashboard.Limit + 1} </td><td>{StandaloneDashboard.Limit}</td>", metric);
    }

    [Fact]
    public async Task Concurrent_exporters_over_both_protocols_lose_nothing()
    {
        var service = $"svc-{Guid.NewGuid():N}"[..16];
        using var channel = dashboard.GrpcChannel();
        var logs = new LogsService.LogsServiceClient(channel);

        // Four exporters at once, a log entry each, racing: within the limit, all arrive.
        var messages = Enumerable.Range(0, StandaloneDashboard.Limit - 1).Select(i => $"samtidig {i}.").ToList();
        await Task.WhenAll(messages.Select((message, i) => i % 2 == 0
            ? (Task)logs.ExportAsync(Logs(service, message), WithKey).ResponseAsync
            : PostAsync("/v1/logs", Logs(service, message), StandaloneDashboard.ApiKey)));

        var page = await dashboard.PageAsync($"/structuredlogs?resource={service}");
        Assert.All(messages, message => Assert.Contains(message, page));

        // And many at once to traces: the store stays whole (the newest are kept, none twice).
        var ids = Enumerable.Range(0, 40).Select(_ => NewTraceId()).ToList();
        await Task.WhenAll(ids.Select((id, i) => i % 2 == 0
            ? (Task)new TraceService.TraceServiceClient(channel).ExportAsync(Traces(service, id), WithKey).ResponseAsync
            : PostAsync("/v1/traces", Traces(service, id), StandaloneDashboard.ApiKey)));
        var traces = await dashboard.PageAsync($"/traces?resource={service}");
        Assert.Equal(StandaloneDashboard.Limit, ids.Count(id => traces.Contains(id, StringComparison.Ordinal)));
    }

    private async Task<HttpResponseMessage> PostAsync(string path, IMessage message, string? key)
    {
        using var http = new HttpClient { BaseAddress = dashboard.OtlpHttp };
        var content = new ByteArrayContent(message.ToByteArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-protobuf");
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (key is not null)
        {
            request.Headers.Add("x-otlp-api-key", key);
        }
        var response = await http.SendAsync(request);
        if (key == StandaloneDashboard.ApiKey)
        {
            response.EnsureSuccessStatusCode();
        }
        return response;
    }

    private static string NewTraceId() => Guid.NewGuid().ToString("N");

    private static Resource Service(string name) => new() { Attributes = { new KeyValue { Key = "service.name", Value = new AnyValue { StringValue = name } } } };

    private static ExportTraceServiceRequest Traces(string service, string traceId)
    {
        var now = (ulong)DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1_000_000;
        return new()
        {
            ResourceSpans =
            {
                new ResourceSpans
                {
                    Resource = Service(service),
                    ScopeSpans = { new ScopeSpans { Spans = { new Span { TraceId = ByteString.CopyFrom(Convert.FromHexString(traceId)), SpanId = ByteString.CopyFrom(Convert.FromHexString(traceId[..16])), Name = "ComputeBudget", StartTimeUnixNano = now, EndTimeUnixNano = now + 5_000_000 } } } },
                },
            },
        };
    }

    private static ExportLogsServiceRequest Logs(string service, string message) => new()
    {
        ResourceLogs = { new ResourceLogs { Resource = Service(service), ScopeLogs = { new ScopeLogs { LogRecords = { new LogRecord { TimeUnixNano = (ulong)DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1_000_000, SeverityNumber = SeverityNumber.Info, Body = new AnyValue { StringValue = message } } } } } } },
    };

    private static ExportMetricsServiceRequest Metrics(string service, string name, long value) => new()
    {
        ResourceMetrics =
        {
            new ResourceMetrics
            {
                Resource = Service(service),
                ScopeMetrics = { new ScopeMetrics { Scope = new InstrumentationScope { Name = "test" }, Metrics = { new Metric { Name = name, Gauge = new Gauge { DataPoints = { new NumberDataPoint { AsInt = value, TimeUnixNano = (ulong)DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1_000_000 } } } } } } },
            },
        },
    };
}
