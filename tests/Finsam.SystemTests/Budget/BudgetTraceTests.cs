using System.Diagnostics;
using System.Security.Cryptography;
using Finsam.Contracts.Budget.V1;
using Finsam.Hosting.ApplicationModel;
using Finsam.Hosting.Testing;
using Finsam.SystemTests.Infrastructure;
using Grpc.Core;

namespace Finsam.SystemTests.Budget;

// A system whose services export their traces to a sink in the test.
public sealed class TracedSystem : FinsamSystem
{
    public OtlpTraceSink Sink { get; } = new();

    protected override void Configure(DistributedApplicationTestingBuilder builder)
    {
        base.Configure(builder);
        builder.Configuration["AppHost:OtlpEndpoint"] = Sink.Endpoint;
        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            project.Environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = () => "http/protobuf";
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Sink.DisposeAsync();
    }
}

public sealed class BudgetTraceTests(TracedSystem system) : IClassFixture<TracedSystem>
{
    private static readonly TimeSpan ExportLimit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task One_budget_request_makes_one_trace_through_budget_funding_grants_and_their_databases()
    {
        var id = await BudgetTests.SetUpSundsvallAsync(system);
        var traceId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var caller = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

        await system.Budget.ComputeBudgetAsync(
            new ComputeBudgetRequest { Name = $"federations/{id}/budgets/2022" },
            new Metadata { { "traceparent", $"00-{traceId}-{caller}-01" } });

        string[] services = ["gateway", "budget", "funding", "grants"];
        var clock = Stopwatch.StartNew();
        List<ReceivedSpan> trace;
        while (true)
        {
            trace = system.Sink.Spans.Where(s => s.TraceId == traceId).ToList();
            // The budget's own server span ends last, so it may come in a later export.
            var complete = services.All(service => trace.Any(s => s.Service == service))
                && services.Skip(1).All(service => trace.Any(s => s.Service == service && IsDatabaseSpan(s)))
                && trace.Any(s => s.Service == "budget" && s.Name.Contains("ComputeBudget"));
            if (complete || clock.Elapsed > ExportLimit)
            {
                break;
            }
            await Task.Delay(250);
        }

        var seen = string.Join(", ", trace.Select(s => $"{s.Service}:{s.Name}").Distinct());
        Assert.All(services, service => Assert.True(trace.Any(s => s.Service == service), $"No span from {service} in the trace: {seen}"));
        Assert.All(services.Skip(1), service => Assert.True(trace.Any(s => s.Service == service && IsDatabaseSpan(s)), $"No database span from {service}: {seen}"));
        Assert.Contains(trace, s => s.Service == "budget" && s.Name.Contains("ComputeBudget"));
    }

    private static bool IsDatabaseSpan(ReceivedSpan span) =>
        span.Attributes.Any(a => a.Key is "db.system" or "db.system.name" && a.Value.Contains("postgresql"));
}
