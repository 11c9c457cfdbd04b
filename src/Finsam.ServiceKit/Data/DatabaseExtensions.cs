using System.Data.Common;
using Aspire.Npgsql.EntityFrameworkCore.PostgreSQL;
using Finsam.ServiceDefaults.Telemetry;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

// A service's own database through Aspire's integration (Aspire.Npgsql.EntityFrameworkCore.PostgreSQL):
// the DbContext (pooled) from ConnectionStrings:<name>, Npgsql's metrics (and traces, where
// TelemetrySettings.SqlSpans) through OpenTelemetry, with two of Aspire's defaults set back
// on purpose (see ServiceDatabaseSettings).
public static class DatabaseExtensions
{
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(
        this IHostApplicationBuilder builder,
        string connectionName) where TContext : DbContext
    {
        // A span per SQL query only where Finsam:Telemetry asks for them: left out, Npgsql's
        // activity source has no listener and the queries cost nothing to trace.
        var sqlSpans = TelemetrySettings.Read(builder.Configuration, builder.Environment).SqlSpans;
        builder.AddNpgsqlDbContext<TContext>(connectionName, settings =>
        {
            ServiceDatabaseSettings.Apply(settings);
            settings.DisableTracing = !sqlSpans;
        });

        // One check per database, named after it, that also drops the pool's dead
        // connections after the server restarts (Aspire's own check opens an unpooled
        // connection and so never finds them).
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck<TContext>>(connectionName);

        return builder;
    }
}

public static class ServiceDatabaseSettings
{
    // Connections one service keeps at most, unless its connection string says otherwise.
    // PostgreSQL serves 100 in all; at Npgsql's default (100 a service) a burst of load made
    // the server refuse connections ("too many clients") rather than let requests wait for one.
    public const int MaxPoolSize = 20;

    // Statements each connection keeps prepared, unless its connection string says otherwise.
    // A service asks the same few queries on every request (a budget computation: four); by
    // default PostgreSQL parses and plans each one again every time.
    public const int MaxAutoPrepare = 64;

    private const int NpgsqlDefaultMaxPoolSize = 100;

    public static void Apply(NpgsqlEntityFrameworkCorePostgreSQLSettings settings)
    {
        if (settings.ConnectionString is { Length: > 0 } connectionString)
        {
            var pooled = new NpgsqlConnectionStringBuilder(connectionString);
            if (pooled.MaxPoolSize == NpgsqlDefaultMaxPoolSize)
            {
                pooled.MaxPoolSize = MaxPoolSize;
            }
            if (pooled.MaxAutoPrepare == 0)
            {
                pooled.MaxAutoPrepare = MaxAutoPrepare;
            }
            // A pooled connection is otherwise reset each time it is taken again, on every
            // request: RESET ALL, CLOSE ALL, UNLISTEN, advisory locks released, DISCARD TEMP and
            // SEQUENCES, a third of PostgreSQL's work on a budget computation. Nothing of ours
            // leaves such state on a pooled connection: no SET, LISTEN or temporary table, and
            // the migration releases its advisory lock itself (MigrateDatabaseAsync).
            if (!Gives(connectionString, "No Reset On Close"))
            {
                pooled.NoResetOnClose = true;
            }
            settings.ConnectionString = pooled.ConnectionString;
        }
        // No automatic retries: a write whose commit is in doubt must not run twice.
        // Callers retry with the same request id instead.
        settings.DisableRetry = true;
        // Ours (DatabaseHealthCheck) instead of Aspire's, which opens an unpooled connection.
        settings.DisableHealthChecks = true;
    }

    // Whether the connection string sets the keyword itself (written with or without spaces).
    private static bool Gives(string connectionString, string keyword) =>
        new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Any(key => string.Equals(key.Replace(" ", "", StringComparison.Ordinal), keyword.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
}
