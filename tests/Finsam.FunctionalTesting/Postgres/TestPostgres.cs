using System.Security.Cryptography;
using Npgsql;

namespace Finsam.FunctionalTesting.Postgres;

// One real PostgreSQL server for a whole test assembly, started before its first test and
// stopped after its last ([assembly: AssemblyFixture(typeof(TestPostgres))]). Each service
// host gets a fresh database from it, so test classes never see each other's rows.
public sealed class TestPostgres : IAsyncLifetime
{
    private PostgresServerProcess? _server;
    private int _databases;

    private PostgresServerProcess Server => _server ?? throw new InvalidOperationException("PostgreSQL has not started.");

    public async ValueTask InitializeAsync() => _server = await PostgresServerProcess.StartAsync(TestContext.Current.CancellationToken);

    // An empty database owned by a login role of its own that is no superuser, as the
    // AppHost gives each service; the connection string logs in as that role.
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{new string(prefix.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray())}_{Interlocked.Increment(ref _databases)}";
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

        await using var connection = new NpgsqlConnection(Server.AdminConnectionString);
        await connection.OpenAsync();
        foreach (var sql in new[]
        {
            $"CREATE ROLE {name} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '{password}'",
            $"CREATE DATABASE {name} OWNER {name}",
            $"REVOKE ALL ON DATABASE {name} FROM PUBLIC",
            // Nothing here must survive a crash: commits need not wait for the disk.
            $"ALTER DATABASE {name} SET synchronous_commit = off",
        })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Server.Port,
            Database = name,
            Username = name,
            Password = password,
        }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        // The hosts are gone by now: their idle pooled connections go before the server does.
        NpgsqlConnection.ClearAllPools();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
