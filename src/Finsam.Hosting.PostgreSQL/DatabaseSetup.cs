using Npgsql;

namespace Finsam.Hosting.PostgreSQL;

// Creates what a service's database needs on a server it may already have: its role
// (login, nothing more) with the current password, and its database owned by that role and
// closed to everyone else. Safe to run on every start.
internal static class DatabaseSetup
{
    public static async Task EnsureAsync(string adminConnectionString, string databaseName, string? roleName, string? rolePassword, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(adminConnectionString) { Pooling = false, Database = "postgres" }.ConnectionString);
        await connection.OpenAsync(cancellationToken);

        if (roleName is not null)
        {
            var role = Identifier(roleName);
            if (await ScalarAsync(connection, "SELECT 1 FROM pg_roles WHERE rolname = @name", roleName, cancellationToken) is null)
            {
                await ExecuteAsync(connection, $"CREATE ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION", cancellationToken);
            }
            // ALTER ROLE takes no parameters: the password is quoted as a literal.
            await ExecuteAsync(connection, $"ALTER ROLE {role} PASSWORD {Literal(rolePassword ?? "")}", cancellationToken);
        }

        var database = Identifier(databaseName);
        if (await ScalarAsync(connection, "SELECT 1 FROM pg_database WHERE datname = @name", databaseName, cancellationToken) is null)
        {
            var owner = roleName is null ? "" : $" OWNER {Identifier(roleName)}";
            await ExecuteAsync(connection, $"CREATE DATABASE {database}{owner}", cancellationToken);
        }
        if (roleName is not null)
        {
            await ExecuteAsync(connection, $"REVOKE ALL ON DATABASE {database} FROM PUBLIC", cancellationToken);
        }
    }

    public static async Task<bool> AnswersAsync(string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 3 }.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            return true;
        }
        catch (Exception failure) when (failure is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    // Names are ours (resource names), but quoted all the same.
    private static string Identifier(string name) => $"\"{name.Replace("\"", "\"\"")}\"";

    private static string Literal(string value) => $"'{value.Replace("'", "''")}'";

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, string name, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("name", name);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
