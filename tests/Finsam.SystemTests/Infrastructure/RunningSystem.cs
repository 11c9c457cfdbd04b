using System.Collections.Concurrent;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Finsam.SystemTests.Infrastructure;

// One start of the AppHost's own model through Aspire.Hosting.Testing, in a data folder
// of its own on free ports, and what the tests read from it and do to it.
public sealed partial class RunningSystem : IAsyncDisposable
{
    // Every process of every resource as the model last showed it, by the instance's own id
    // (a resource run as replicas has one per replica).
    private readonly ConcurrentDictionary<string, (string Resource, CustomResourceSnapshot Snapshot)> _instances = new();
    private readonly CancellationTokenSource _stopWatching = new();

    private RunningSystem(DistributedApplication app, string dataDirectory)
    {
        App = app;
        DataDirectory = dataDirectory;
        _ = WatchInstancesAsync(_stopWatching.Token);
    }

    public DistributedApplication App { get; }

    public string DataDirectory { get; }

    public IServiceProvider Services => App.Services;

    public ResourceNotificationService ResourceNotifications => App.ResourceNotifications;

    public static async Task<RunningSystem> StartAsync(
        Action<IDistributedApplicationTestingBuilder>? configure = null,
        bool withDashboard = false,
        IEnumerable<string>? args = null,
        CancellationToken cancellationToken = default)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"finsam-test-{Guid.NewGuid():N}");
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Finsam_AppHost>(
            // Full traces, SQL spans included, whatever environment the test host has: tests read them.
            [$"--FINSAM_DATA_DIR={dataDirectory}", "--Finsam:Telemetry:Profile=Development", .. args ?? []],
            (options, _) => options.DisableDashboard = !withDashboard,
            cancellationToken);
        // Aspire.Hosting.Testing forwards every resource's console into the test host's log;
        // the consoles are read where they are needed (ConsoleAsync, the dashboard), so only
        // what a resource writes to stderr, and Aspire's own warnings, reach the test output.
        builder.Services.AddLogging(logging => logging
            .AddFilter("Finsam.AppHost.Resources", LogLevel.Warning)
            .AddFilter("Aspire", LogLevel.Warning));
        configure?.Invoke(builder);
        if (withDashboard)
        {
            UseTelemetryApiKey(builder);
        }
        var app = await builder.BuildAsync(cancellationToken);
        var system = new RunningSystem(app, dataDirectory);
        try
        {
            await app.StartAsync(cancellationToken).WaitAsync(FinsamSystem.StartLimit, cancellationToken);
            // The gateway waits for every service, the web app for the gateway: both up, all up.
            foreach (var last in new[] { "gateway", "web" })
            {
                await app.ResourceNotifications.WaitForResourceHealthyAsync(last, cancellationToken).WaitAsync(FinsamSystem.StartLimit, cancellationToken);
            }
        }
        catch
        {
            await system.DisposeAsync();
            throw;
        }
        return system;
    }

    public Uri GetEndpoint(string resourceName, string endpointName = "http") => App.GetEndpoint(resourceName, endpointName);

    // What the AppHost's model says of a resource now: state, health, process, restarts.
    public ResourceView Resource(string resourceName) =>
        ResourceNotifications.TryGetCurrentState(resourceName, out var current)
            ? ResourceView.Of(current.Snapshot)
            : throw new InvalidOperationException($"No resource {resourceName}.");

    // Each process a resource runs as (two for a resource with two replicas), as the model shows it now.
    public IReadOnlyList<ResourceView> Replicas(string resourceName) => [.. ReplicaSnapshots(resourceName).Select(ResourceView.Of)];

    // The same, as the model's snapshots: each replica's own environment, its own port too.
    public IReadOnlyList<CustomResourceSnapshot> ReplicaSnapshots(string resourceName) =>
        [.. _instances.Values.Where(instance => instance.Resource == resourceName).Select(instance => instance.Snapshot)];

    private async Task WatchInstancesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var change in App.ResourceNotifications.WatchAsync(cancellationToken))
            {
                _instances[change.ResourceId] = (change.Resource.Name, change.Snapshot);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    // Every line a resource has written to its console so far, as the dashboard shows it.
    public async Task<string> ConsoleAsync(string resourceName) =>
        string.Concat((await ConsoleLinesAsync(resourceName)).Select(line => line.Content + Environment.NewLine));

    // The same lines, each marked as the dashboard marks it (an error: written to stderr).
    public async Task<IReadOnlyList<LogLine>> ConsoleLinesAsync(string resourceName)
    {
        // By the resource itself: DCP keeps its console under the instance's own name.
        var resource = Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(r => r.Name == resourceName);
        var lines = new List<LogLine>();
        await foreach (var batch in Services.GetRequiredService<ResourceLoggerService>().GetAllAsync(resource))
        {
            lines.AddRange(batch);
        }
        return lines;
    }

    // Stops a resource as the dashboard's Stop command does, and waits until it has ended.
    public async Task StopResourceAsync(string resourceName)
    {
        await RunCommandAsync(resourceName, KnownResourceCommands.StopCommand);
        await ResourceNotifications.WaitForResourceAsync(resourceName, [KnownResourceStates.Finished, KnownResourceStates.Exited])
            .WaitAsync(FinsamSystem.StartLimit);
    }

    // Starts a stopped resource; one that runs already is left as it is.
    public Task StartResourceAsync(string resourceName) =>
        Resource(resourceName).State == KnownResourceStates.Running
            ? Task.CompletedTask
            : RunCommandAsync(resourceName, KnownResourceCommands.StartCommand);

    public Task RestartResourceAsync(string resourceName) => RunCommandAsync(resourceName, KnownResourceCommands.RestartCommand);

    private async Task RunCommandAsync(string resourceName, string command)
    {
        var result = await Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync(resourceName, command);
        if (!result.Success)
        {
            throw new InvalidOperationException($"{command} on {resourceName} failed: {result.Message}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopWatching.CancelAsync();
        _stopWatching.Dispose();
        await App.DisposeAsync();
        try
        {
            // PostgreSQL's files belong to the postgres user, which a root test may delete.
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
        }
    }
}
