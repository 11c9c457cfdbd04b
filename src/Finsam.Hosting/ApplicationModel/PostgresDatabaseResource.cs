using Npgsql;

namespace Finsam.Hosting.ApplicationModel;

public sealed class PostgresDatabaseResource(string name, string databaseName, PostgresServerResource server)
    : Resource(name), IResourceWithConnectionString
{
    public string DatabaseName { get; } = databaseName;

    public PostgresServerResource Server { get; } = server;

    public string ConnectionStringName => Name;

    public string GetConnectionString() =>
        new NpgsqlConnectionStringBuilder(Server.GetConnectionString()) { Database = DatabaseName }.ConnectionString;
}
