using System.Security.Cryptography;
using Finsam.FunctionalTesting.Postgres;
using Finsam.ServiceKit.DataProtection;
using Finsam.Web.Data;
using Finsam.Web.SignIn;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Finsam.Web.Tests.SignIn;

// Two replicas of the web app's session store, built as the app builds it (its database through
// Aspire's integration, migrated; Data Protection with sealed keys in it; one encryption key),
// on one real PostgreSQL database, with one clock the tests move.
public sealed class TwoReplicas : IAsyncLifetime
{
    private readonly TestPostgres _postgres = new();
    private readonly List<IHost> _hosts = [];

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));

    public SignedInSessions First => Sessions(0);

    public SignedInSessions Second => Sessions(1);

    public string ConnectionString { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        await _postgres.InitializeAsync();
        ConnectionString = await _postgres.CreateDatabaseAsync("web");
        var encryptionKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        for (var replica = 0; replica < 2; replica++)
        {
            var builder = Host.CreateApplicationBuilder();
            builder.Configuration["ConnectionStrings:webdb"] = ConnectionString;
            builder.Configuration["Web:EncryptionKey"] = encryptionKey;
            builder.AddServiceDatabase<WebDbContext>("webdb");
            builder.AddSealedDataProtection<WebDbContext>("finsam-web", WebSettings.EncryptionKey(builder.Configuration));
            builder.Services.AddSingleton<TimeProvider>(Clock);
            builder.Services.AddSingleton<SignedInSessions>();
            var host = builder.Build();
            await host.MigrateDatabaseAsync<WebDbContext>();
            _hosts.Add(host);
        }
    }

    // What the table holds, read as anyone with a copy of the database would.
    public async Task<List<string>> ColumnAsync(string table, string column)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT {column}::text FROM {table}", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }

    private SignedInSessions Sessions(int replica) => _hosts[replica].Services.GetRequiredService<SignedInSessions>();

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }
        await _postgres.DisposeAsync();
    }
}
