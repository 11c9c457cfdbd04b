namespace Finsam.Hosting.ApplicationModel;

// A PostgreSQL server: Debian's server binaries run by the AppHost, or, when the
// AppHost is given ConnectionStrings:{name}, an existing server used as it is.
public sealed class PostgresServerResource(string name) : Resource(name), IResourceWithConnectionString
{
    public const string UserName = "postgres";

    public List<PostgresDatabaseResource> Databases { get; } = [];

    // A fixed port, or null for any free one.
    public int? Port { get; set; }

    public string ConnectionStringName => Name;

    // Set when the server is running (or, for an external server, from configuration).
    internal string? ConnectionString { get; set; }

    public string GetConnectionString() =>
        ConnectionString ?? throw new InvalidOperationException($"{Name} is not running yet.");
}
