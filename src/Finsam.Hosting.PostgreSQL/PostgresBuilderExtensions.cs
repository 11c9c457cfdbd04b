using System.Net.Sockets;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Finsam.Hosting.Endpoints;
using Finsam.Hosting.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Finsam.Hosting.PostgreSQL;

public static class PostgresBuilderExtensions
{
    private static readonly TimeSpan SetupRetryDelay = TimeSpan.FromSeconds(2);

    // Debian's PostgreSQL server, run from binDirectory (else the newest under
    // /usr/lib/postgresql) on the data in dataDirectory. Healthy once it takes a login; each
    // time it becomes healthy (first start and every restart) its databases are set up.
    public static IResourceBuilder<PostgresServerResource> AddDebianPostgres(
        this IDistributedApplicationBuilder builder,
        string name,
        string dataDirectory,
        IResourceBuilder<ParameterResource> superuserPassword,
        string? binDirectory = null)
    {
        var bin = PostgresBinaries.Find(binDirectory);
        var script = Path.Combine(AppContext.BaseDirectory, "postgres-run.sh");
        var server = new PostgresServerResource(name, script, AppContext.BaseDirectory, superuserPassword.Resource);

        var healthCheck = AddLoginHealthCheck(builder, server, $"{name} does not take a login.");

        // The server binds its port itself, chosen once: a stopped server refuses connections
        // at once (DCP's proxy would hold them), and the port outlives restarts.
        return builder.AddResource(server)
            .WithEndpoint(PostgresServerResource.EndpointName, endpoint =>
            {
                endpoint.UriScheme = "tcp";
                endpoint.Protocol = ProtocolType.Tcp;
                endpoint.TargetHost = "127.0.0.1";
                endpoint.Port = LoopbackPorts.Free();
                endpoint.IsProxied = false;
            })
            .WithEnvironment("PGBIN", bin)
            .WithEnvironment("PGDATA", Path.GetFullPath(dataDirectory))
            .WithEnvironment(context => context.EnvironmentVariables["PGPORT"] = server.Endpoint.Property(EndpointProperty.TargetPort))
            .WithEnvironment("PG_SUPERUSER_PASSWORD", superuserPassword)
            .WithHealthCheck(healthCheck)
            .OnResourceReady(async (resource, ready, cancellationToken) =>
            {
                var admin = await resource.ConnectionStringExpression.GetValueAsync(cancellationToken) ?? "";
                foreach (var database in resource.Databases)
                {
                    await SetUpAsync(database, admin, ready.Services, cancellationToken);
                }
            });
    }

    // A service's database. On the server the AppHost runs, roleName logs in with its own
    // generated password and owns the database; on an existing server (Aspire's
    // AddConnectionString) the database is created with that server's credentials.
    public static IResourceBuilder<PostgresDatabaseResource> AddServiceDatabase<TServer>(
        this IResourceBuilder<TServer> server,
        string name,
        string roleName,
        IResourceBuilder<ParameterResource> rolePassword)
        where TServer : IResourceWithConnectionString
    {
        var builder = server.ApplicationBuilder;
        var managed = server.Resource as PostgresServerResource;
        var database = new PostgresDatabaseResource(name, server.Resource, managed is null ? null : new DatabaseOwner(roleName, rolePassword.Resource));
        managed?.Databases.Add(database);

        var healthCheck = AddLoginHealthCheck(builder, database, $"{name} does not take its owner's login.");

        var resource = builder.AddResource(database)
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "PostgresDatabase",
                State = KnownResourceStates.Waiting,
                Properties = [new(CustomResourceKnownProperties.Source, server.Resource.Name)],
            })
            .WithHealthCheck(healthCheck);

        if (managed is null)
        {
            // An existing server is not ours to watch: set the database up once it answers.
            resource.OnInitializeResource((db, initialize, cancellationToken) =>
            {
                _ = SetUpWhenReachableAsync(db, initialize.Services, cancellationToken);
                return Task.CompletedTask;
            });
        }
        return resource;
    }

    // Healthy while a login with the resource's own connection string succeeds; the first
    // login is seen as it succeeds (FirstAnswerHealthCheck), not at Aspire's next check.
    private static string AddLoginHealthCheck(IDistributedApplicationBuilder builder, IResourceWithConnectionString resource, string whenRefused)
    {
        var key = $"{resource.Name}-accepts-logins";
        builder.Services.AddHealthChecks().AddCheck(key, new FirstAnswerHealthCheck(async cancellationToken =>
            await DatabaseSetup.AnswersAsync(await resource.ConnectionStringExpression.GetValueAsync(cancellationToken) ?? "", cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy(whenRefused)));
        return key;
    }

    private static async Task SetUpWhenReachableAsync(PostgresDatabaseResource database, IServiceProvider services, CancellationToken cancellationToken)
    {
        var logger = services.GetRequiredService<ResourceLoggerService>().GetLogger(database);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var admin = await database.Parent.ConnectionStringExpression.GetValueAsync(cancellationToken) ?? "";
                await SetUpAsync(database, admin, services, cancellationToken);
                return;
            }
            catch (Exception failure) when (failure is Npgsql.NpgsqlException or SocketException or TimeoutException)
            {
                logger.LogWarning("The server does not answer yet ({Reason}); trying again.", failure.Message);
                await Task.Delay(SetupRetryDelay, cancellationToken);
            }
        }
    }

    private static async Task SetUpAsync(PostgresDatabaseResource database, string adminConnectionString, IServiceProvider services, CancellationToken cancellationToken)
    {
        var logger = services.GetRequiredService<ResourceLoggerService>().GetLogger(database);
        var owner = database.Owner;
        var password = owner is null ? null : await owner.Password.GetValueAsync(cancellationToken);
        await DatabaseSetup.EnsureAsync(adminConnectionString, database.DatabaseName, owner?.RoleName, password, cancellationToken);
        logger.LogInformation("Database {Database} is ready{Owner}.", database.DatabaseName, owner is null ? "" : $", owned by role {owner.RoleName}");

        // DCP keeps no state for a resource of our own: publish it, so WaitFor(database) can pass.
        await services.GetRequiredService<ResourceNotificationService>().PublishUpdateAsync(database, snapshot => snapshot with
        {
            State = KnownResourceStates.Running,
            StartTimeStamp = snapshot.StartTimeStamp ?? DateTime.UtcNow,
        });
    }
}
