using System.Collections.Concurrent;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Finsam.Spike;

// DCP does not restart an executable or project that dies. This starts it again with its own
// start command, after a back-off, when it ended with a non-zero exit code (a stop from the
// dashboard or Ctrl+C ends with 0 and is left alone), and shows the count as a property.
public sealed class CrashRestarter(
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    ResourceLoggerService logs,
    IHostApplicationLifetime lifetime,
    ILogger<CrashRestarter> logger)
{
    public const string RestartsProperty = "finsam.restarts";
    private readonly ConcurrentDictionary<string, int> restarts = new();
    private readonly ConcurrentDictionary<string, string?> lastState = new();

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var e in notifications.WatchAsync(stoppingToken))
            {
                if (e.Resource is not (ProjectResource or ExecutableResource))
                {
                    continue;
                }
                var state = e.Snapshot.State?.Text;
                var previous = lastState.GetValueOrDefault(e.ResourceId);
                lastState[e.ResourceId] = state;
                var ended = state == KnownResourceStates.Finished || state == KnownResourceStates.Exited;
                if (ended && previous == KnownResourceStates.Running && e.Snapshot.ExitCode is not (null or 0)
                    && !lifetime.ApplicationStopping.IsCancellationRequested)
                {
                    var count = restarts.AddOrUpdate(e.ResourceId, 1, (_, n) => n + 1);
                    var delay = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, count - 1)));
                    logs.GetLogger(e.ResourceId).LogWarning("Exited with code {Code}; restart {Count} in {Delay}.", e.Snapshot.ExitCode, count, delay);
                    logger.LogWarning("{Resource} exited with code {Code}; restart {Count} in {Delay}.", e.ResourceId, e.Snapshot.ExitCode, count, delay);
                    _ = RestartAsync(e.Resource, e.ResourceId, count, delay, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) { }
    }

    private async Task RestartAsync(IResource resource, string resourceId, int count, TimeSpan delay, CancellationToken ct)
    {
        await Task.Delay(delay, ct);
        var result = await commands.ExecuteCommandAsync(resourceId, KnownResourceCommands.StartCommand, ct);
        logger.LogInformation("Restart of {Resource}: {Success} {Message}", resourceId, result.Success, result.Message);
        await notifications.PublishUpdateAsync(resource, resourceId, s => s with
        {
            Properties = [.. s.Properties.Where(p => p.Name != RestartsProperty), new(RestartsProperty, count)],
        });
    }
}
