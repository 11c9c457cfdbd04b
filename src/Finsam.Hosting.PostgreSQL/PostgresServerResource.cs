using Aspire.Hosting.ApplicationModel;

namespace Finsam.Hosting.PostgreSQL;

// Debian's PostgreSQL server, run by the AppHost through postgres-run.sh: loopback only,
// on a port DCP picks and proxies. Its connection string is the superuser's, for the
// AppHost alone; services get a database and a role of their own.
public sealed class PostgresServerResource(string name, string command, string workingDirectory, ParameterResource superuserPassword)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    public ParameterResource SuperuserPassword { get; } = superuserPassword;

    public EndpointReference Endpoint => field ??= new(this, EndpointName);

    public List<PostgresDatabaseResource> Databases { get; } = [];

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host={Endpoint.Property(EndpointProperty.Host)};Port={Endpoint.Property(EndpointProperty.Port)};Username=postgres;Password={SuperuserPassword}");
}
