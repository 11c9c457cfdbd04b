using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace Finsam.FunctionalTesting.Postgres;

// Debian's PostgreSQL, run as the AppHost runs it (postgres-run.sh) on a cluster of its own in
// a temporary folder, on a free loopback port, behind postgres-for-tests.sh: the server lives
// only while this process keeps that script's standard input open.
internal sealed class PostgresServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(30);
    private const int PortAttempts = 3;

    private readonly Process _process;
    private readonly ConsoleTail _console;

    private PostgresServerProcess(Process process, ConsoleTail console, string folder, int port, string password)
    {
        _process = process;
        _console = console;
        Folder = folder;
        Port = port;
        Password = password;
    }

    public string Folder { get; }

    public int Port { get; }

    public string Password { get; }

    public string AdminConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Database = "postgres",
        Username = "postgres",
        Password = Password,
        Pooling = false,
    }.ConnectionString;

    public static async Task<PostgresServerProcess> StartAsync(CancellationToken cancellationToken)
    {
        var bin = FindBinaries();
        // postgres-run.sh runs the server as the postgres user when we are root: it must be
        // able to reach the data folder inside ours.
        var folder = Path.Combine(Path.GetTempPath(), $"finsam-functional-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

        // A free port is free only until someone takes it: on a busy machine, try another.
        for (var attempt = 1; ; attempt++)
        {
            var server = Start(bin, folder, FreePort(), password);
            try
            {
                await server.WaitUntilItTakesLoginsAsync(cancellationToken);
                return server;
            }
            catch (PostgresDidNotStartException) when (attempt < PortAttempts && server._console.Text.Contains("could not bind", StringComparison.Ordinal))
            {
                await server.StopAsync();
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
    }

    private static PostgresServerProcess Start(string bin, string folder, int port, string password)
    {
        var start = new ProcessStartInfo("/bin/sh", [Path.Combine(AppContext.BaseDirectory, "Postgres", "postgres-for-tests.sh")])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["PGBIN"] = bin,
                ["PGDATA"] = Path.Combine(folder, "data"),
                ["PGPORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["PG_SUPERUSER_PASSWORD"] = password,
            },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("PostgreSQL's script did not start.");
        var console = new ConsoleTail();
        process.OutputDataReceived += (_, line) => console.Add(line.Data);
        process.ErrorDataReceived += (_, line) => console.Add(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new PostgresServerProcess(process, console, folder, port, password);
    }

    private async Task WaitUntilItTakesLoginsAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + StartLimit;
        var probe = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Timeout = 2 }.ConnectionString;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new PostgresDidNotStartException($"PostgreSQL stopped while starting (exit {_process.ExitCode}):{Environment.NewLine}{_console.Text}");
            }
            try
            {
                await using var connection = new NpgsqlConnection(probe);
                await connection.OpenAsync(cancellationToken);
                return;
            }
            catch (Exception notYet) when (notYet is NpgsqlException or SocketException or TimeoutException)
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new PostgresDidNotStartException($"PostgreSQL took no login within {StartLimit.TotalSeconds} s:{Environment.NewLine}{_console.Text}");
                }
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }
    }

    // Closing the script's standard input asks for PostgreSQL's fast shutdown; a server that
    // does not stop in time is killed with everything it started.
    private async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            try
            {
                _process.StandardInput.Close();
            }
            catch (IOException)
            {
            }
            using var limit = new CancellationTokenSource(StopLimit);
            try
            {
                await _process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None);
            }
        }
        _process.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            // A temporary folder: what is left is only space, never a running server.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // Where the AppHost looks (AppHost__PostgresBinDirectory, else the newest under
    // /usr/lib/postgresql), so the tests run the same server the system does.
    private static string FindBinaries()
    {
        static bool HasServer(string bin) => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "postgres"));

        if (Environment.GetEnvironmentVariable("AppHost__PostgresBinDirectory") is { Length: > 0 } configured)
        {
            return HasServer(configured) ? configured : throw new InvalidOperationException($"AppHost__PostgresBinDirectory is {configured}, which holds no initdb and postgres.");
        }
        const string debianRoot = "/usr/lib/postgresql";
        return (Directory.Exists(debianRoot) ? Directory.EnumerateDirectories(debianRoot) : [])
            .OrderByDescending(dir => int.TryParse(Path.GetFileName(dir), out var version) ? version : 0)
            .Select(dir => Path.Combine(dir, "bin"))
            .FirstOrDefault(HasServer)
            ?? throw new InvalidOperationException("PostgreSQL's server binaries were not found under /usr/lib/postgresql: run .ci/install.");
    }
}
