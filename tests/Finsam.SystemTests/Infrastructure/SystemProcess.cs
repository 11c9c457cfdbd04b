using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Finsam.SystemTests.Infrastructure;

// The system started the way a person starts it: a command in a shell, in a process
// group of its own (as a terminal would), so that Ctrl+C reaches the whole group.
public sealed partial class SystemProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _gateway = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<Uri> _gatewayGrpc = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [GeneratedRegex(@"gateway http: (http://\S+)")]
    private static partial Regex GatewayLine();

    [GeneratedRegex(@"gateway grpc: (http://\S+)")]
    private static partial Regex GatewayGrpcLine();

    private SystemProcess(Process process)
    {
        _process = process;
    }

    public string DataDirectory { get; private init; } = "";

    public int Id => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static SystemProcess Start(string command, string workingDirectory, string dataDirectory, IDictionary<string, string>? environment = null)
    {
        // A terminal's shell starts with SIGINT at its default; a test host may have inherited
        // it ignored (a background job), and an ignored signal stays ignored across exec.
        var startInfo = new ProcessStartInfo("setsid", ["env", "--default-signal=INT,TERM", "bash", "-c", command])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.Environment["FINSAM_DATA_DIR"] = dataDirectory;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }

        var process = new Process { StartInfo = startInfo };
        var system = new SystemProcess(process) { DataDirectory = dataDirectory };
        process.OutputDataReceived += (_, e) => system.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => system.OnLine(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return system;
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
        if (GatewayLine().Match(line) is { Success: true } match)
        {
            _gateway.TrySetResult(new Uri(match.Groups[1].Value));
        }
        if (GatewayGrpcLine().Match(line) is { Success: true } grpc)
        {
            _gatewayGrpc.TrySetResult(new Uri(grpc.Groups[1].Value));
        }
    }

    // The gateway's JSON address, as the AppHost prints it once everything is healthy.
    public async Task<Uri> WaitUntilRunningAsync(TimeSpan limit)
    {
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(_gateway.Task, exited, Task.Delay(limit));
        if (first != _gateway.Task)
        {
            throw new Xunit.Sdk.XunitException(
                $"The system did not report that it runs ({(first == exited ? $"exited with {_process.ExitCode}" : "timed out")}):\n{Output}");
        }
        return await _gateway.Task;
    }

    // The gateway's gRPC address, printed on the line after the JSON one.
    public Task<Uri> GatewayGrpcAsync() => _gatewayGrpc.Task.WaitAsync(TimeSpan.FromSeconds(10));

    // Ctrl+C in the terminal: SIGINT to every process of the group.
    public void Interrupt() => Process.Start("kill", ["-INT", "--", $"-{_process.Id}"]).WaitForExit();

    public async Task<int> WaitForExitAsync(TimeSpan limit)
    {
        await _process.WaitForExitAsync().WaitAsync(limit);
        return _process.ExitCode;
    }

    // Every process on this machine started for the given data folder: the AppHost passes
    // its environment on, so each child still carries FINSAM_DATA_DIR.
    public static IReadOnlyList<string> ProcessesUsing(string dataDirectory)
    {
        var marker = Encoding.UTF8.GetBytes($"FINSAM_DATA_DIR={dataDirectory}\0");
        var found = new List<string>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }
            try
            {
                var environ = File.ReadAllBytes(Path.Combine(dir, "environ"));
                if (environ.AsSpan().IndexOf(marker) >= 0)
                {
                    found.Add($"{pid}: {File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ')}");
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Gone, or not ours to read.
            }
        }
        return found;
    }

    public static async Task WaitUntilNoneUseAsync(string dataDirectory, TimeSpan limit)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (ProcessesUsing(dataDirectory).Count > 0 && clock.Elapsed < limit)
        {
            await Task.Delay(500);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Process.Start("kill", ["-KILL", "--", $"-{_process.Id}"]).WaitForExit();
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
        // Whatever survived the group (a test that failed half-way) must not outlive the test.
        foreach (var line in ProcessesUsing(DataDirectory))
        {
            Process.Start("kill", ["-KILL", line[..line.IndexOf(':')]]).WaitForExit();
        }
        _process.Dispose();
    }
}
