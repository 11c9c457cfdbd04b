using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Finsam.ServiceKit.Tests.Telemetry;

// Finsam:Telemetry:RequestLogs: each request's started and finished lines are written where
// someone watches the console (Development) and left out elsewhere; the framework's other
// per-request lines (an SQL command, an HTTP call) never below Warning; a process's own lines
// and the framework's warnings always are written.
public sealed class RequestLogTests
{
    [Theory]
    [InlineData("Production", null, false)]
    [InlineData("Production", "true", true)]
    [InlineData("Development", null, true)]
    [InlineData("Development", "false", false)]
    public void The_frameworks_per_request_lines_are_written_only_where_request_logs_are_asked_for(string environment, string? requestLogs, bool written)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment });
        builder.Configuration["Finsam:Telemetry:RequestLogs"] = requestLogs;
        builder.AddServiceDefaults();
        using var host = builder.Build();
        var loggers = host.Services.GetRequiredService<ILoggerFactory>();

        Assert.Equal(written, loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Information));
        Assert.False(loggers.CreateLogger("Microsoft.EntityFrameworkCore.Database.Command").IsEnabled(LogLevel.Information));
        Assert.False(loggers.CreateLogger("System.Net.Http.HttpClient.funding.LogicalHandler").IsEnabled(LogLevel.Information));
        Assert.False(loggers.CreateLogger("Microsoft.AspNetCore.Routing.EndpointMiddleware").IsEnabled(LogLevel.Information));
        Assert.True(loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Warning));
        Assert.True(loggers.CreateLogger("Finsam.Budget.Computation").IsEnabled(LogLevel.Information));
    }

    [Fact]
    public void A_level_given_for_a_category_wins_over_the_profile()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.Configuration["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Information";
        builder.AddServiceDefaults();
        using var host = builder.Build();

        Assert.True(host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.EntityFrameworkCore.Database.Command").IsEnabled(LogLevel.Information));
    }
}
