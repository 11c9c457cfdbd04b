using Finsam.FunctionalTesting.Postgres;
using Finsam.Funding.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Finsam.Funding.Tests.Functional;

// What every service does before it serves (MigrateDatabaseAsync): bring its database up to the
// migrations it was built with, and leave a database that is already there as it is.
public sealed class DatabaseMigrationTests(TestPostgres postgres)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_database_gets_every_migration()
    {
        using var host = ServiceOn(await postgres.CreateDatabaseAsync("migrate_new"));

        await host.MigrateDatabaseAsync<FundingDbContext>(Cancellation);

        await using var db = Database(host);
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(Cancellation));
        Assert.Empty(await db.Federations.ToListAsync(Cancellation));
    }

    [Fact]
    public async Task A_database_a_migration_behind_gets_the_rest_and_keeps_its_rows()
    {
        using var host = ServiceOn(await postgres.CreateDatabaseAsync("migrate_behind"));
        await using (var db = Database(host))
        {
            var migrations = db.Database.GetMigrations().ToList();
            await db.GetService<IMigrator>().MigrateAsync(migrations[^2], cancellationToken: Cancellation);
            // A federation as the schema before the last migration held it.
            await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO federations (id, display_name, municipal_share_basis, regional_share_basis, members, create_time, update_time)
                VALUES ('sundsvall', 'Samordningsförbundet Sundsvall', 'Population', 'Population', '[]', now(), now())
                """,
                Cancellation);
        }

        await host.MigrateDatabaseAsync<FundingDbContext>(Cancellation);

        await using var migrated = Database(host);
        Assert.Equal(migrated.Database.GetMigrations(), await migrated.Database.GetAppliedMigrationsAsync(Cancellation));
        var federation = Assert.Single(await migrated.Federations.ToListAsync(Cancellation));
        Assert.Equal(("sundsvall", "Samordningsförbundet Sundsvall", null), (federation.Id, federation.DisplayName, federation.OrganisationNumber));
    }

    [Fact]
    public async Task An_up_to_date_database_is_left_as_it_was()
    {
        using var host = ServiceOn(await postgres.CreateDatabaseAsync("migrate_again"));
        await host.MigrateDatabaseAsync<FundingDbContext>(Cancellation);
        await using (var db = Database(host))
        {
            db.Federations.Add(new FederationEntity { Id = "sundsvall", DisplayName = "Samordningsförbundet Sundsvall" });
            await db.SaveChangesAsync(Cancellation);
        }
        var historyBefore = await HistoryAsync(host);

        await host.MigrateDatabaseAsync<FundingDbContext>(Cancellation);

        Assert.Equal(historyBefore, await HistoryAsync(host));
        await using var after = Database(host);
        Assert.Equal("sundsvall", Assert.Single(await after.Federations.ToListAsync(Cancellation)).Id);
    }

    [Fact]
    public async Task Replicas_starting_together_migrate_one_after_the_other()
    {
        var connectionString = await postgres.CreateDatabaseAsync("migrate_replicas");
        using var first = ServiceOn(connectionString);
        using var second = ServiceOn(connectionString);

        await Task.WhenAll(
            first.MigrateDatabaseAsync<FundingDbContext>(Cancellation),
            second.MigrateDatabaseAsync<FundingDbContext>(Cancellation));

        await using var db = Database(first);
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(Cancellation));
    }

    private static IHost ServiceOn(string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddDbContext<FundingDbContext>(options => options.UseNpgsql(connectionString), optionsLifetime: ServiceLifetime.Singleton);
        return builder.Build();
    }

    private static FundingDbContext Database(IHost host) =>
        new(host.Services.GetRequiredService<DbContextOptions<FundingDbContext>>());

    // Every applied migration with its row, as the history table holds them.
    private static async Task<List<string>> HistoryAsync(IHost host)
    {
        await using var db = Database(host);
        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(Cancellation);
        await using var command = new NpgsqlCommand("""SELECT "MigrationId" || ' ' || "ProductVersion" FROM "__EFMigrationsHistory" ORDER BY 1""", connection);
        await using var reader = await command.ExecuteReaderAsync(Cancellation);
        var rows = new List<string>();
        while (await reader.ReadAsync(Cancellation))
        {
            rows.Add(reader.GetString(0));
        }
        return rows;
    }
}
