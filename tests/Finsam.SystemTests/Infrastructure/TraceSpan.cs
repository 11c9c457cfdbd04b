using System.Text.RegularExpressions;

namespace Finsam.SystemTests.Infrastructure;

// One span of a trace as the dashboard's telemetry API gives it (OTLP JSON), with the
// service that sent it.
public sealed partial record TraceSpan(
    string Service,
    string SpanId,
    string ParentSpanId,
    string Name,
    TraceSpanKind Kind,
    ulong StartUnixNano,
    ulong EndUnixNano,
    IReadOnlyDictionary<string, string> Attributes)
{
    // A call to PostgreSQL (Npgsql's spans carry db.* attributes).
    public bool IsDatabaseCall => Attributes.Keys.Any(key => key.StartsWith("db.", StringComparison.Ordinal));

    // "finsam.funding.v1.FundingService/GetIncome" for a gRPC call to a Finsam service, from
    // the span's name or its attributes (rpc.service and rpc.method, url.full); else its name.
    public string Rpc
    {
        get
        {
            foreach (var text in Attributes.Values.Prepend(Name))
            {
                if (FinsamRpc().Match(text) is { Success: true } match)
                {
                    return match.Value;
                }
            }
            return Attributes.TryGetValue("rpc.service", out var service) && Attributes.TryGetValue("rpc.method", out var method)
                ? $"{service}/{method}"
                : Name;
        }
    }

    [GeneratedRegex(@"finsam\.[a-z]+\.v1\.[A-Za-z]+Service/[A-Za-z]+")]
    private static partial Regex FinsamRpc();
}

// OTLP's span kinds.
public enum TraceSpanKind
{
    Unspecified = 0,
    Internal = 1,
    Server = 2,
    Client = 3,
    Producer = 4,
    Consumer = 5,
}
