using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Finsam.ServiceKit.Tests.Telemetry;

// Finsam:Telemetry:TraceRatio as a process applies it to the requests it serves: a share of
// the traces that start here, parent-based, so that a trace is whole or absent across services.
[Collection(TelemetryCollection.Name)]
public sealed class SamplingTests
{
    private const string SampledParent = "00-{0}-1111111111111111-01";
    private const string DroppedParent = "00-{0}-1111111111111111-00";

    [Theory]
    [InlineData("0", 0)]
    [InlineData("1", 1)]
    public async Task A_trace_that_starts_here_is_kept_at_the_ratio_asked_for(string ratio, int kept)
    {
        var spans = await RequestAsync("Production", new() { ["Finsam:Telemetry:TraceRatio"] = ratio }, [null]);

        Assert.Equal(kept, spans.Count);
    }

    [Theory]
    [InlineData("0", SampledParent, 1)]
    [InlineData("1", DroppedParent, 0)]
    public async Task A_call_within_a_trace_follows_the_callers_decision_whatever_the_ratio(string ratio, string parent, int kept)
    {
        var traceId = ActivityTraceId.CreateRandom();

        var spans = await RequestAsync("Production", new() { ["Finsam:Telemetry:TraceRatio"] = ratio }, string.Format(null, parent, traceId));

        Assert.Equal(kept, spans.Count);
        Assert.All(spans, span => Assert.Equal(traceId, span.TraceId));
    }

    [Fact]
    public async Task Development_keeps_every_trace_and_production_about_a_tenth()
    {
        Assert.Single(await RequestAsync("Development", [], [null]));

        // Trace ids are random: of 200 traces a ratio of 0.1 keeps 20 on average, and fewer
        // than 2 or more than 60 less than once in ten million runs.
        var kept = await RequestAsync("Production", [], Enumerable.Repeat<string?>(null, 200).ToArray());
        Assert.InRange(kept.Count, 2, 60);
    }

    [Fact]
    public async Task The_development_profile_keeps_every_trace_whatever_the_environment()
    {
        // As the AppHost asks of the services it starts, which have no environment name of their own.
        var kept = await RequestAsync("Production", new() { ["Finsam:Telemetry:Profile"] = "Development" }, Enumerable.Repeat<string?>(null, 20).ToArray());

        Assert.Equal(20, kept.Count);
    }

    // The spans exported for these requests, each a trace of its own unless a traceparent is given.
    private static async Task<IReadOnlyList<Activity>> RequestAsync(string environment, Dictionary<string, string?> settings, params string?[] traceparents)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }
        builder.AddServiceDefaults();
        var spans = new CollectedSpans();
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(new SimpleActivityExportProcessor(spans)));
        var paths = new HashSet<string>();
        await using (var app = builder.Build())
        {
            app.MapGet("/ping/{id}", () => "pong");
            await app.StartAsync();
            // Listening after the start puts this listener after the tracer provider's, which an
            // ending activity calls in order: once counted, a span has been exported.
            using var requestsEnded = new EndedRequests();
            using var client = app.GetTestClient();
            foreach (var traceparent in traceparents)
            {
                var path = $"/ping/{Guid.NewGuid():N}";
                paths.Add(path);
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                if (traceparent is not null)
                {
                    request.Headers.Add("traceparent", traceparent);
                }
                using var response = await client.SendAsync(request);
                response.EnsureSuccessStatusCode();
            }
            // A request's span ends after its response has reached the client, and one that ends
            // after the app is gone is never exported: wait for every request's span to end.
            await requestsEnded.WaitAsync(traceparents.Length, TimeSpan.FromSeconds(10));
            await app.StopAsync();
        }
        return spans.All.Where(span => span.GetTagItem("url.path") is string path && paths.Contains(path)).ToList();
    }
}
