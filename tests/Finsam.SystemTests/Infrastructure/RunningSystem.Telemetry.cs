using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Finsam.SystemTests.Infrastructure;

// The dashboard's telemetry HTTP API (GET /api/telemetry/traces/{traceId}, OTLP JSON, the
// X-API-Key header): what every service exported for one trace, read as the dashboard has it.
public sealed partial class RunningSystem
{
    // Aspire hands this key to the dashboard as its telemetry API key (Dashboard:Api:PrimaryApiKey).
    private const string TelemetryApiKey = "AppHost:DashboardApiKey";

    private static readonly TimeSpan TraceLimit = TimeSpan.FromSeconds(60);

    // A key of our own when Aspire has not made one, so that the API is on and ours to read.
    private static void UseTelemetryApiKey(IDistributedApplicationTestingBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration[TelemetryApiKey]))
        {
            builder.Configuration[TelemetryApiKey] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        }
    }

    // The trace's spans once complete says so: services export in batches, and a parent
    // span ends (and is exported) after its children.
    public async Task<IReadOnlyList<TraceSpan>> TraceAsync(string traceId, Func<IReadOnlyList<TraceSpan>, bool> complete)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = DashboardUrl };
        http.DefaultRequestHeaders.Add("X-API-Key", Services.GetRequiredService<IConfiguration>()[TelemetryApiKey]);
        var deadline = DateTime.UtcNow + TraceLimit;
        IReadOnlyList<TraceSpan> spans = [];
        while (DateTime.UtcNow < deadline)
        {
            using var response = await http.GetAsync($"/api/telemetry/traces/{traceId}");
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"The dashboard's telemetry API answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }
                spans = SpansOf(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
                if (complete(spans))
                {
                    return spans;
                }
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
        throw new TimeoutException($"Trace {traceId} was not complete in the dashboard after {TraceLimit}; it had: "
            + string.Join("; ", spans.Select(s => $"{s.Service}: {s.Name}")));
    }

    // {"data": {"resourceSpans": [{"resource": {"attributes": [...]}, "scopeSpans": [{"spans": [...]}]}]}}
    private static List<TraceSpan> SpansOf(JsonElement root)
    {
        var data = root.TryGetProperty("data", out var wrapped) ? wrapped : root;
        var spans = new List<TraceSpan>();
        foreach (var resourceSpans in Array(data, "resourceSpans"))
        {
            var service = resourceSpans.TryGetProperty("resource", out var resource) ? AttributesOf(resource).GetValueOrDefault("service.name", "") : "";
            foreach (var span in Array(resourceSpans, "scopeSpans").SelectMany(scope => Array(scope, "spans")))
            {
                spans.Add(new TraceSpan(
                    service,
                    Text(span, "spanId"),
                    Text(span, "parentSpanId"),
                    Text(span, "name"),
                    KindOf(span),
                    UnixNano(span, "startTimeUnixNano"),
                    UnixNano(span, "endTimeUnixNano"),
                    AttributesOf(span)));
            }
        }
        return spans;
    }

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : [];

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    // OTLP JSON writes 64-bit integers as strings; some writers use numbers.
    private static ulong UnixNano(JsonElement element, string name) =>
        !element.TryGetProperty(name, out var value) ? 0
        : value.ValueKind == JsonValueKind.Number ? value.GetUInt64()
        : ulong.Parse(value.GetString()!, CultureInfo.InvariantCulture);

    // A number in OTLP JSON, or the enum's name ("SPAN_KIND_CLIENT").
    private static TraceSpanKind KindOf(JsonElement span) =>
        !span.TryGetProperty("kind", out var kind) ? TraceSpanKind.Unspecified
        : kind.ValueKind == JsonValueKind.Number ? (TraceSpanKind)kind.GetInt32()
        : Enum.Parse<TraceSpanKind>(kind.GetString()!.Replace("SPAN_KIND_", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal), ignoreCase: true);

    // Each attribute's value as text, whatever its type ({"stringValue": ...}, {"intValue": ...}).
    private static Dictionary<string, string> AttributesOf(JsonElement element) =>
        Array(element, "attributes")
            .Select(a => (Key: Text(a, "key"), Value: a.TryGetProperty("value", out var v) ? v.EnumerateObject().Select(p => p.Value.ToString()).FirstOrDefault() ?? "" : ""))
            .GroupBy(a => a.Key)
            .ToDictionary(g => g.Key, g => g.First().Value);
}
