using System.Diagnostics;
using Finsam.Hosting.ApplicationModel;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Finsam.Hosting.Orchestration;

// Runs a PostgreSQL server from Debian's binaries in the data folder: initdb on the
// first start, loopback only, password authentication, then creates the databases.
internal sealed class PostgresRunner(
    PostgresServerResource server,
    DataDirectory data,
    AppHostOptions options,
    ProcessRecords records,
    ConsoleLogs console,
    ResourceNotificationService notifications,
    ILogger logger)
{
    private const string ServiceUser = "postgres";
    private static readonly TimeSpan ReadyLimit = TimeSpan.FromSeconds(60);

    private ChildProcess? _process;
    // Kept across a stop and start, since the services' connection strings name it.
    private int? _port;

    public PostgresServerResource Server => server;

    private string DataFolder => Path.Combine(data.Postgres, "data");

    // Debian's initdb and postgres refuse to run as root: they run as the postgres user.
    private static bool RunsAsRoot => Environment.IsPrivilegedProcess;

    public async Task StartAsync(string? externalConnectionString, CancellationToken cancellationToken)
    {
        if (_process is { Exited.IsCompleted: false })
        {
            throw new InvalidOperationException($"{server.Name} is already running.");
        }
        Publish(ResourceState.Starting);
        try
        {
            if (externalConnectionString is not null)
            {
                server.ConnectionString = externalConnectionString;
                logger.LogInformation("{Resource}: using the server in ConnectionStrings:{Name}.", server.Name, server.Name);
            }
            else
            {
                await StartOwnServerAsync(cancellationToken);
            }

            await WaitUntilReadyAsync(cancellationToken);
            Publish(ResourceState.Healthy, _process?.Id);

            foreach (var database in server.Databases)
            {
                await CreateDatabaseAsync(database, cancellationToken);
                notifications.Publish(new InstanceSnapshot(database.Name, database.Name, ResourceState.Healthy));
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or NpgsqlException or IOException)
        {
            // Reported once, by whoever waits for the server (the AppHost says it and stops).
            Publish(ResourceState.FailedToStart, message: exception.Message);
            foreach (var database in server.Databases)
            {
                notifications.Publish(new InstanceSnapshot(database.Name, database.Name, ResourceState.FailedToStart, Message: exception.Message));
            }
        }
    }

    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }
        Publish(ResourceState.Stopping, _process.Id);
        // SIGINT is PostgreSQL's fast shutdown: sessions end, data is flushed.
        await _process.StopAsync(Signals.SigInt, options.StopTimeout);
        records.Forget(server.Name);
        _process = null;
        Publish(ResourceState.Stopped);
    }

    private async Task StartOwnServerAsync(CancellationToken cancellationToken)
    {
        var bin = PostgresBinaries.Find(options.PostgresBinDirectory);
        var password = data.Secret("postgres-password");
        var port = _port ??= options.RandomizePorts || server.Port is null ? PortAllocator.FreePort() : server.Port.Value;

        await EnsurePostgresFolderAsync(cancellationToken);
        if (!File.Exists(Path.Combine(DataFolder, "PG_VERSION")))
        {
            await InitializeAsync(bin, password, cancellationToken);
        }

        _process = ChildProcess.Start(
            AsServiceUser(Path.Combine(bin, "postgres"),
                "-D", DataFolder,
                "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "-c", "listen_addresses=127.0.0.1",
                "-c", "unix_socket_directories=",
                "-c", "max_connections=300"),
            (isError, line) => console.Append(server.Name, isError, line));
        records.Record(server.Name, _process.Id, Signals.SigInt);

        server.ConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = PostgresServerResource.UserName,
            Password = password,
        }.ConnectionString;
        Publish(ResourceState.Running, _process.Id);
    }

    private async Task EnsurePostgresFolderAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(data.Postgres);
        if (!RunsAsRoot)
        {
            return;
        }

        await RunToEndAsync(new ProcessStartInfo("chown", ["-R", $"{ServiceUser}:{ServiceUser}", data.Postgres]), cancellationToken);
        var reachable = await RunToEndAsync(AsServiceUser("test", "-w", data.Postgres), cancellationToken, throwOnFailure: false);
        if (!reachable)
        {
            throw new InvalidOperationException(
                $"The postgres user cannot reach {data.Postgres}: a folder above it is closed to other users. " +
                $"Set {DataDirectory.EnvironmentVariable} to a folder such as /var/lib/finsam.");
        }
    }

    private async Task InitializeAsync(string bin, string password, CancellationToken cancellationToken)
    {
        logger.LogInformation("{Resource}: creating a new database cluster in {Folder}.", server.Name, DataFolder);
        var passwordFile = Path.Combine(data.Postgres, "initdb-password");
        await File.WriteAllTextAsync(passwordFile, password, cancellationToken);
        DataDirectory.OwnerOnly(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            if (RunsAsRoot)
            {
                await RunToEndAsync(new ProcessStartInfo("chown", [$"{ServiceUser}:{ServiceUser}", passwordFile]), cancellationToken);
            }
            await RunToEndAsync(AsServiceUser(Path.Combine(bin, "initdb"),
                "-D", DataFolder,
                "-U", PostgresServerResource.UserName,
                "--pwfile", passwordFile,
                "--auth", "scram-sha-256",
                "--encoding", "UTF8",
                "--locale", "C.UTF-8"), cancellationToken);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + ReadyLimit;
        while (true)
        {
            if (_process?.Exited.IsCompleted == true)
            {
                throw new InvalidOperationException(
                    $"PostgreSQL exited with code {_process.ExitCode}: {string.Join(" | ", console.Of(server.Name).TakeLast(5).Select(l => l.Text))}");
            }
            try
            {
                await using var connection = new NpgsqlConnection(WithDatabase("postgres"));
                await connection.OpenAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200, cancellationToken);
            }
        }
    }

    private async Task CreateDatabaseAsync(PostgresDatabaseResource database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(WithDatabase("postgres"));
        await connection.OpenAsync(cancellationToken);

        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database.DatabaseName);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            // The name was checked against a plain identifier pattern in AddDatabase.
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.DatabaseName}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
            logger.LogInformation("{Resource}: created database {Database}.", server.Name, database.DatabaseName);
        }
    }

    private string WithDatabase(string name) =>
        new NpgsqlConnectionStringBuilder(server.GetConnectionString()) { Database = name, Timeout = 5, Pooling = false }.ConnectionString;

    private static ProcessStartInfo AsServiceUser(string program, params string[] arguments) =>
        RunsAsRoot
            ? new ProcessStartInfo("setpriv", ["--reuid", ServiceUser, "--regid", ServiceUser, "--init-groups", "--", program, .. arguments])
            : new ProcessStartInfo(program, arguments);

    private async Task<bool> RunToEndAsync(ProcessStartInfo startInfo, CancellationToken cancellationToken, bool throwOnFailure = true)
    {
        var output = new List<string>();
        var process = ChildProcess.Start(startInfo, (_, line) =>
        {
            lock (output)
            {
                output.Add(line);
            }
            console.Append(server.Name, false, line);
        });
        await process.Exited.WaitAsync(cancellationToken);
        if (process.ExitCode != 0 && throwOnFailure)
        {
            throw new InvalidOperationException($"{startInfo.FileName} failed ({process.ExitCode}): {string.Join(" | ", output.TakeLast(5))}");
        }
        return process.ExitCode == 0;
    }

    private void Publish(ResourceState state, int? pid = null, string? message = null) =>
        notifications.Publish(new InstanceSnapshot(server.Name, server.Name, state, pid,
            StartTime: state == ResourceState.Running ? DateTimeOffset.UtcNow : notifications.Get(server.Name)?.StartTime,
            Message: message));
}
