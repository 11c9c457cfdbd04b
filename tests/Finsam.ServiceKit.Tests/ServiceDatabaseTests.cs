using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Finsam.ServiceKit.Tests;

public sealed class ServiceDatabaseTests
{
    private sealed class SampleDbContext(DbContextOptions<SampleDbContext> options) : DbContext(options);

    private static IHost Build()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:sampledb"] = "Host=127.0.0.1;Port=1;Database=sampledb;Username=sample;Password=x;Timeout=1";
        builder.AddServiceDatabase<SampleDbContext>("sampledb");
        return builder.Build();
    }

    [Fact]
    public void Failed_commands_are_not_retried_the_pool_is_capped_statements_are_prepared_and_connections_not_reset()
    {
        // Aspire's integration retries by default; a write whose commit is in doubt must not run twice.
        // The pool cap, statement preparation and no reset (ServiceDatabaseSettings) reach the connection Aspire configures.
        using var host = Build();
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SampleDbContext>();
        Assert.False(db.Database.CreateExecutionStrategy().RetriesOnFailure);
        Assert.Equal("Host=127.0.0.1;Port=1;Database=sampledb;Username=sample;Password=x;Timeout=1;Maximum Pool Size=20;Max Auto Prepare=64;No Reset On Close=True", db.Database.GetConnectionString());
    }

    [Fact]
    public async Task One_health_check_per_database_named_after_it_reports_an_unreachable_database()
    {
        using var host = Build();
        var registrations = host.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations;
        Assert.Equal(["sampledb"], registrations.Select(r => r.Name));

        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Unhealthy, report.Entries["sampledb"].Status);
        Assert.Equal("The database does not answer.", report.Entries["sampledb"].Description);
    }
}
