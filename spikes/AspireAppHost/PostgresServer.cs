using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Finsam.Spike;

// Debian's PostgreSQL server as an executable resource of a type of our own.
public sealed class PostgresServerResource(string name, string command, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";
    public ParameterResource Password { get; } = password;
    public EndpointReference Endpoint => field ??= new(this, EndpointName);
    public List<PostgresDatabaseResource> Databases { get; } = [];

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host={Endpoint.Property(EndpointProperty.Host)};Port={Endpoint.Property(EndpointProperty.Port)};Username=postgres;Password={Password}");
}

// A service's database, with a login role of its own that owns it and nothing else.
public sealed class PostgresDatabaseResource(string name, string databaseName, string roleName, ParameterResource rolePassword, PostgresServerResource parent)
    : Resource(name), IResourceWithParent<PostgresServerResource>, IResourceWithConnectionString
{
    public string DatabaseName { get; } = databaseName;
    public string RoleName { get; } = roleName;
    public ParameterResource RolePassword { get; } = rolePassword;
    public PostgresServerResource Parent { get; } = parent;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host={Parent.Endpoint.Property(EndpointProperty.Host)};Port={Parent.Endpoint.Property(EndpointProperty.Port)};Database={DatabaseName};Username={RoleName};Password={RolePassword}");
}

public static class PostgresServerExtensions
{
    private static readonly GenerateParameterDefault Alphanumeric = new() { MinLength = 24, Special = false };

    public static IResourceBuilder<PostgresServerResource> AddDebianPostgres(this IDistributedApplicationBuilder builder, string name, string dataDirectory)
    {
        var password = ParameterResourceBuilderExtensions.CreateGeneratedParameter(builder, $"{name}-password", secret: true, Alphanumeric);
        var script = Path.Combine(AppContext.BaseDirectory, "pg-run.sh");
        var server = new PostgresServerResource(name, script, AppContext.BaseDirectory, password);

        var healthKey = $"{name}-ready";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthKey, async ct =>
        {
            try
            {
                var cs = await server.ConnectionStringExpression.GetValueAsync(ct);
                await using var connection = new NpgsqlConnection(cs + ";Pooling=false;Timeout=3");
                await connection.OpenAsync(ct);
                return HealthCheckResult.Healthy();
            }
            catch (Exception e) { return HealthCheckResult.Unhealthy("PostgreSQL does not answer.", e); }
        });

        var resource = builder.AddResource(server)
            .WithEndpoint(PostgresServerResource.EndpointName, e =>
            {
                e.UriScheme = "tcp";
                e.Protocol = System.Net.Sockets.ProtocolType.Tcp;
                e.TargetHost = "127.0.0.1";
            })
            .WithEnvironment("PGBIN", "/usr/lib/postgresql/15/bin")
            .WithEnvironment("PGDATA", dataDirectory)
            .WithEnvironment(ctx => ctx.EnvironmentVariables["PGPORT"] = server.Endpoint.Property(EndpointProperty.TargetPort))
            .WithEnvironment("PG_SUPERUSER_PASSWORD", password)
            .WithHealthCheck(healthKey);

        // When the server is healthy: each database and its role, created if missing.
        resource.OnResourceReady(async (srv, evt, ct) =>
        {
            var logger = evt.Services.GetRequiredService<ResourceLoggerService>().GetLogger(srv);
            var cs = await srv.ConnectionStringExpression.GetValueAsync(ct);
            await using var connection = new NpgsqlConnection(cs + ";Pooling=false");
            await connection.OpenAsync(ct);
            foreach (var db in srv.Databases)
            {
                var rolePassword = await db.RolePassword.GetValueAsync(ct);
                await Exec(connection, $"""
                    DO $$ BEGIN
                      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{db.RoleName}') THEN
                        CREATE ROLE "{db.RoleName}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
                      END IF;
                    END $$;
                    ALTER ROLE "{db.RoleName}" PASSWORD '{rolePassword}';
                    """, ct);
                await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @n", connection))
                {
                    exists.Parameters.AddWithValue("n", db.DatabaseName);
                    if (await exists.ExecuteScalarAsync(ct) is null)
                    {
                        await Exec(connection, $"CREATE DATABASE \"{db.DatabaseName}\" OWNER \"{db.RoleName}\"", ct);
                    }
                }
                await Exec(connection, $"REVOKE ALL ON DATABASE \"{db.DatabaseName}\" FROM PUBLIC", ct);
                logger.LogInformation("Database {Database} owned by role {Role} is ready.", db.DatabaseName, db.RoleName);
                // A resource of our own type gets no state from DCP: publish it, so WaitFor(db) can pass.
                await evt.Services.GetRequiredService<ResourceNotificationService>().PublishUpdateAsync(db, s => s with
                {
                    State = KnownResourceStates.Running,
                    StartTimeStamp = DateTime.UtcNow,
                });
            }
        });
        return resource;

        static async Task Exec(NpgsqlConnection c, string sql, CancellationToken ct)
        {
            await using var command = new NpgsqlCommand(sql, c);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    public static IResourceBuilder<PostgresDatabaseResource> AddServiceDatabase(this IResourceBuilder<PostgresServerResource> server, string name, string role)
    {
        var builder = server.ApplicationBuilder;
        var password = ParameterResourceBuilderExtensions.CreateGeneratedParameter(builder, $"{name}-password", secret: true, Alphanumeric);
        var db = new PostgresDatabaseResource(name, name, role, password, server.Resource);
        server.Resource.Databases.Add(db);

        var healthKey = $"{name}-ready";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthKey, async ct =>
        {
            try
            {
                var cs = await db.ConnectionStringExpression.GetValueAsync(ct);
                await using var connection = new NpgsqlConnection(cs + ";Pooling=false;Timeout=3");
                await connection.OpenAsync(ct);
                return HealthCheckResult.Healthy();
            }
            catch (Exception e) { return HealthCheckResult.Unhealthy($"{name} does not answer.", e); }
        });
        return builder.AddResource(db)
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "PostgresDatabase",
                State = KnownResourceStates.Waiting,
                Properties = [new(CustomResourceKnownProperties.Source, server.Resource.Name)],
            })
            .WithHealthCheck(healthKey);
    }
}
