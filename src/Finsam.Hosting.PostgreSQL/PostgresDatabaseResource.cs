using Aspire.Hosting.ApplicationModel;

namespace Finsam.Hosting.PostgreSQL;

// A service's database on a PostgreSQL server. On the server the AppHost runs, it has a
// login role of its own that owns this database and nothing else (never a superuser); on
// an existing server it is reached with that server's credentials.
public sealed class PostgresDatabaseResource(string name, IResourceWithConnectionString server, DatabaseOwner? owner)
    : Resource(name), IResourceWithParent<IResourceWithConnectionString>, IResourceWithConnectionString
{
    public string DatabaseName => Name;

    public IResourceWithConnectionString Parent { get; } = server;

    public DatabaseOwner? Owner { get; } = owner;

    public ReferenceExpression ConnectionStringExpression => (Parent, Owner) switch
    {
        (PostgresServerResource managed, { } role) => ReferenceExpression.Create(
            $"Host={managed.Endpoint.Property(EndpointProperty.Host)};Port={managed.Endpoint.Property(EndpointProperty.Port)};Database={DatabaseName};Username={role.RoleName};Password={role.Password}"),
        // The existing server's own settings, with this database: the last Database wins.
        _ => ReferenceExpression.Create($"{Parent.ConnectionStringExpression};Database={DatabaseName}"),
    };
}

// The role a service logs in as, and its generated password.
public sealed record DatabaseOwner(string RoleName, ParameterResource Password);
