using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Microsoft.Extensions.Hosting;

public static class MigrationExtensions
{
    private static readonly TimeSpan DatabaseWaitLimit = TimeSpan.FromSeconds(60);

    // Applies pending migrations before the service serves. Replicas start together, so
    // the migration runs under a PostgreSQL advisory lock and only one applies it.
    public static async Task MigrateDatabaseAsync<TContext>(this IHost host, CancellationToken cancellationToken = default)
        where TContext : DbContext
    {
        await using var scope = host.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Finsam.Migrations");

        // The lock is held on a connection of its own, from the context's connection string.
        await using var connection = await OpenWithRetryAsync(context.Database.GetConnectionString()!, logger, cancellationToken);
        var lockKey = AdvisoryLockKey(typeof(TContext).FullName!);

        await using (var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection))
        {
            command.Parameters.AddWithValue("key", lockKey);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            // EF's Migrate builds the model from the configurations, the last snapshot's model
            // and its history table's model even when nothing is pending: most of a service's
            // start-up. So it runs only when the history lacks a migration this build carries.
            var pending = await PendingMigrationsAsync(context, connection, cancellationToken);
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migrations to the database of {Context}.", pending.Count, typeof(TContext).Name);
                // EF reads its history table before it makes it, which PostgreSQL logs as an
                // ERROR on a new database: the operators' console would show one at every first start.
                await context.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
                await context.Database.MigrateAsync(cancellationToken);
            }
            logger.LogInformation("Database of {Context} is up to date.", typeof(TContext).Name);
        }
        finally
        {
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
            unlock.Parameters.AddWithValue("key", lockKey);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private static async Task<IReadOnlyList<string>> PendingMigrationsAsync(DbContext context, NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var relational = RelationalOptionsExtension.Extract(context.GetService<IDbContextOptions>());
        var historyTable = context.GetService<ISqlGenerationHelper>().DelimitIdentifier(
            relational.MigrationsHistoryTableName ?? HistoryRepository.DefaultTableName,
            relational.MigrationsHistoryTableSchema);

        await using (var exists = new NpgsqlCommand("SELECT to_regclass(@table) IS NOT NULL", connection))
        {
            exists.Parameters.AddWithValue("table", historyTable);
            if (await exists.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return context.Database.GetMigrations().ToList();
            }
        }

        // "MigrationId" is EF's column name; only a replaced IHistoryRepository changes it.
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using (var read = new NpgsqlCommand($"SELECT \"MigrationId\" FROM {historyTable}", connection))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }
        }

        return context.Database.GetMigrations().Where(id => !applied.Contains(id)).ToList();
    }

    private static async Task<NpgsqlConnection> OpenWithRetryAsync(string connectionString, ILogger logger, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + DatabaseWaitLimit;
        while (true)
        {
            try
            {
                var connection = new NpgsqlConnection(connectionString);
                try
                {
                    await connection.OpenAsync(cancellationToken);
                    return connection;
                }
                catch
                {
                    await connection.DisposeAsync();
                    throw;
                }
            }
            catch (NpgsqlException exception) when (DateTime.UtcNow < deadline)
            {
                logger.LogWarning("Waiting for the database: {Reason}", exception.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    // A stable 64-bit key per DbContext, so each service's migrations lock on their own.
    private static long AdvisoryLockKey(string name) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(name)), 0);
}
