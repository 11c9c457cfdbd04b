using Npgsql;

namespace Microsoft.Extensions.Hosting;

public static class DatabasePools
{
    // Drops every idle pooled connection, after the database was found unreachable: when the
    // server restarts, all of them are dead. EF Core opens its connections from the connection
    // string, so they live in Npgsql's pools by connection string (Aspire's integration puts no
    // NpgsqlDataSource in DI). A service has one database, so this clears exactly its own.
    public static void Clear() => NpgsqlConnection.ClearAllPools();
}
