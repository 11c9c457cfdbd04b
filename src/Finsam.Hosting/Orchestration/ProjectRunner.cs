using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging;

namespace Finsam.Hosting.Orchestration;

// Runs one instance of a project: starts it, probes its /health, and restarts it with
// back-off when it exits without being asked to, reporting every restart.
internal sealed class ProjectRunner(
    ProjectInstance instance,
    Func<Dictionary<string, string>> environment,
    AppHostOptions options,
    ProcessRecords records,
    ConsoleLogs console,
    ResourceNotificationService notifications,
    ILogger logger,
    CancellationToken systemStopping) : IDisposable
{
    // On Ctrl+C the whole process group gets SIGINT, so a child may exit a moment before
    // the AppHost starts stopping it: that is not a crash to report or restart.
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(500);

    private static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan MaxBackOff = TimeSpan.FromSeconds(30);
    // A process that stayed up this long before exiting starts its back-off afresh.
    private static readonly TimeSpan StableAfter = TimeSpan.FromSeconds(30);

    private readonly HttpClient _probe = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(30) })
    {
        Timeout = ProbeTimeout,
    };
    private readonly CancellationTokenSource _stop = new();
    private ChildProcess? _process;
    private Task _supervision = Task.CompletedTask;
    private int _restarts;

    public ProjectInstance Instance { get; } = instance;

    public void Start()
    {
        if (!File.Exists(Instance.Resource.Project.TargetPath))
        {
            Publish(ResourceState.FailedToStart, message: $"{Instance.Resource.Project.TargetPath} is not built; build the AppHost first.");
            return;
        }
        _supervision = Task.Run(SuperviseAsync);
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _supervision;
        Publish(ResourceState.Stopped, exitCode: _process?.ExitCode);
    }

    // The one owner of the process: starts it, and stops it when asked or restarts it
    // when it exits on its own.
    private async Task SuperviseAsync()
    {
        var consecutiveFailures = 0;
        while (!_stop.IsCancellationRequested)
        {
            var startedAt = DateTimeOffset.UtcNow;
            var process = StartProcess();
            _process = process;
            records.Record(Instance.Name, process.Id, Signals.SigTerm);
            Publish(ResourceState.Running, process.Id, startedAt);

            using var probing = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            var probe = ProbeAsync(process, startedAt, probing.Token);
            await Task.WhenAny(process.Exited, Task.Delay(Timeout.Infinite, _stop.Token));
            await probing.CancelAsync();
            await probe;

            if (_stop.IsCancellationRequested)
            {
                Publish(ResourceState.Stopping, process.Id, startedAt);
                await process.StopAsync(Signals.SigTerm, options.StopTimeout);
                records.Forget(Instance.Name);
                return;
            }
            try
            {
                await Task.Delay(QuietPeriod, systemStopping);
            }
            catch (OperationCanceledException)
            {
                records.Forget(Instance.Name);
                return;
            }

            consecutiveFailures = DateTimeOffset.UtcNow - startedAt > StableAfter ? 1 : consecutiveFailures + 1;
            var backOff = TimeSpan.FromSeconds(Math.Min(MaxBackOff.TotalSeconds, Math.Pow(2, consecutiveFailures - 1)));
            Publish(ResourceState.Exited, process.Id, startedAt, process.ExitCode,
                $"Exited unexpectedly with code {process.ExitCode}; restarting in {backOff.TotalSeconds:0} s.");
            logger.LogWarning("{Instance} exited unexpectedly with code {ExitCode}; restarting in {BackOff} s.",
                Instance.Name, process.ExitCode, backOff.TotalSeconds);

            try
            {
                await Task.Delay(backOff, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                records.Forget(Instance.Name);
                return;
            }
            _restarts++;
            logger.LogWarning("Restarting {Instance} (restart {Restarts}).", Instance.Name, _restarts);
        }
    }

    private ChildProcess StartProcess()
    {
        var project = Instance.Resource.Project;
        var startInfo = new ProcessStartInfo(DotnetHost(), [project.TargetPath])
        {
            WorkingDirectory = Path.GetDirectoryName(project.ProjectPath)!,
        };
        foreach (var (name, value) in environment())
        {
            startInfo.Environment[name] = value;
        }
        return ChildProcess.Start(startInfo, (isError, line) => console.Append(Instance.Name, isError, line));
    }

    private async Task ProbeAsync(ChildProcess process, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        var (url, http2) = Instance.HealthEndpoint;
        var published = ResourceState.Running;
        var everHealthy = false;
        while (!cancellationToken.IsCancellationRequested && !process.Exited.IsCompleted)
        {
            var healthy = await IsHealthyAsync(url, http2, cancellationToken);
            if (process.Exited.IsCompleted || cancellationToken.IsCancellationRequested)
            {
                return;
            }
            everHealthy |= healthy;
            // Until its first healthy answer a starting process is "running", not "unhealthy".
            var state = healthy ? ResourceState.Healthy : everHealthy ? ResourceState.Unhealthy : ResourceState.Running;
            if (state != published)
            {
                Publish(state, process.Id, startedAt);
                published = state;
            }
            try
            {
                await Task.Delay(ProbeInterval, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<bool> IsHealthyAsync(string url, bool http2, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (http2)
        {
            // gRPC services listen for HTTP/2 only: ask with prior knowledge.
            request.Version = HttpVersion.Version20;
            request.VersionPolicy = HttpVersionPolicy.RequestVersionExact;
        }
        try
        {
            using var response = await _probe.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private void Publish(ResourceState state, int? pid = null, DateTimeOffset? startedAt = null, int? exitCode = null, string? message = null) =>
        notifications.Publish(new InstanceSnapshot(Instance.Resource.Name, Instance.Name, state, pid,
            startedAt ?? notifications.Get(Instance.Name)?.StartTime, _restarts, exitCode, Instance.Urls, message));

    // The dotnet that runs the AppHost (dotnet run and dotnet test say which), else the one on PATH.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public void Dispose()
    {
        _probe.Dispose();
        _stop.Dispose();
    }
}
