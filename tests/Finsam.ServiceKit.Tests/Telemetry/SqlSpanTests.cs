using System.Diagnostics;
using Finsam.FunctionalTesting.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Finsam.ServiceKit.Tests.Telemetry;

// Finsam:Telemetry:SqlSpans: a span per SQL query (Npgsql's) within a request's trace, or
// none at all; by default in Development only.
[Collection(TelemetryCollection.Name)]
public sealed class SqlSpanTests(TestPostgres postgres) : IClassFixture<TestPostgres>
{
    private const string ApplicationName = "Finsam.SqlSpanTests";
    private static readonly ActivitySource Requests = new(ApplicationName);

    private sealed class SampleDbContext(DbContextOptions<SampleDbContext> options) : DbContext(options);

    [Theory]
    [InlineData("Production", null, false)]
    [InlineData("Production", "true", true)]
    [InlineData("Development", null, true)]
    [InlineData("Development", "false", false)]
    public async Task A_query_within_a_trace_is_a_span_of_its_own_only_where_sql_spans_are_asked_for(string environment, string? sqlSpans, bool recorded)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment, ApplicationName = ApplicationName });
        builder.Configuration["ConnectionStrings:sampledb"] = await postgres.CreateDatabaseAsync("sqlspans");
        // Every trace kept: what is left out is the SQL spans' own doing.
        builder.Configuration["Finsam:Telemetry:TraceRatio"] = "1";
        builder.Configuration["Finsam:Telemetry:SqlSpans"] = sqlSpans;
        builder.AddServiceDefaults();
        builder.AddServiceDatabase<SampleDbContext>("sampledb");
        var spans = new CollectedSpans();
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(new SimpleActivityExportProcessor(spans)));
        ActivityTraceId traceId;
        using (var host = builder.Build())
        {
            await host.StartAsync();
            // A request's trace, as ASP.NET Core would begin it.
            using (var request = Requests.StartActivity("request"))
            {
                Assert.NotNull(request);
                traceId = request.TraceId;
                using var scope = host.Services.CreateScope();
                await scope.ServiceProvider.GetRequiredService<SampleDbContext>().Database.ExecuteSqlRawAsync("SELECT 1");
            }
            await host.StopAsync();
        }

        var trace = spans.All.Where(span => span.TraceId == traceId).ToList();
        Assert.Contains(trace, span => span.Source.Name == ApplicationName);
        Assert.Equal(recorded, trace.Any(span => span.Source.Name == "Npgsql"));
    }
}
