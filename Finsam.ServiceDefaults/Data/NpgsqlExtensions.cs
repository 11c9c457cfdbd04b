using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Microsoft.Extensions.Hosting;

// What Aspire.Npgsql.EntityFrameworkCore.PostgreSQL does for a service: one data
// source from ConnectionStrings:<name>, a DbContext over it, and a health check.
public static class NpgsqlExtensions
{
    public static IHostApplicationBuilder AddNpgsqlDbContext<TContext>(
        this IHostApplicationBuilder builder,
        string connectionName) where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{connectionName} is not set; the AppHost sets it as ConnectionStrings__{connectionName}.");

        builder.Services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString)
        {
            Name = connectionName,
        }.Build());

        builder.Services.AddDbContext<TContext>((services, options) =>
            // No automatic retries: a write whose commit is in doubt must not run twice.
            // Callers retry with the same request id instead.
            options.UseNpgsql(services.GetRequiredService<NpgsqlDataSource>()));

        builder.Services.AddHealthChecks()
            .AddCheck<NpgsqlHealthCheck>(connectionName);

        return builder;
    }
}
