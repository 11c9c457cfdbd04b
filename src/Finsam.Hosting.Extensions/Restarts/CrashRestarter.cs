using System.Collections.Concurrent;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Finsam.Hosting.Restarts;

// DCP does not start a process again when it dies. This does, with the resource's own start
// command after a back-off, when a running process ends with a non-zero exit code (a stop
// from the dashboard or Ctrl+C is a clean exit and is left alone), and shows the count as
// the resource's "restarts" property in the dashboard.
internal sealed class CrashRestarter(
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    ResourceLoggerService resourceLogs,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<CrashRestarter> logger)
{
    public const string RestartsProperty = "finsam.restarts";

    private const int ReportedErrorLines = 12;
    private static readonly TimeSpan ReportLimit = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, RestartBackoff> _backoffs = new();
    private readonly ConcurrentDictionary<string, string?> _lastStates = new();

    public async Task WatchAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var change in notifications.WatchAsync(stoppingToken))
            {
                if (change.Resource is not (ProjectResource or ExecutableResource))
                {
                    continue;
                }
                var state = change.Snapshot.State?.Text;
                var previous = _lastStates.GetValueOrDefault(change.ResourceId);
                _lastStates[change.ResourceId] = state;
                if (previous == KnownResourceStates.Running && IsEnd(state) && change.Snapshot.ExitCode is not (null or 0)
                    && !lifetime.ApplicationStopping.IsCancellationRequested)
                {
                    var backoff = _backoffs.GetOrAdd(change.ResourceId, _ => new RestartBackoff());
                    var delay = backoff.NextDelay(time.GetUtcNow());
                    resourceLogs.GetLogger(change.ResourceId).LogWarning(
                        "Exited with code {ExitCode}; starting it again in {Delay} s (restart {Count}).", change.Snapshot.ExitCode, delay.TotalSeconds, backoff.Restarts);
                    logger.LogWarning("{Resource} exited with code {ExitCode}; restart {Count} in {Delay} s.",
                        change.ResourceId, change.Snapshot.ExitCode, backoff.Restarts, delay.TotalSeconds);
                    _ = ReportLastErrorsAsync(change.ResourceId, stoppingToken);
                    _ = RestartAsync(change.Resource, change.ResourceId, backoff.Restarts, delay, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The AppHost is stopping.
        }
    }

    // Why it crashed, in the AppHost's own log too: the last lines the process wrote to stderr
    // (an unhandled exception's message), for an operator who reads the console, not the dashboard.
    private async Task ReportLastErrorsAsync(string resourceId, CancellationToken stoppingToken)
    {
        try
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            limit.CancelAfter(ReportLimit);
            var errors = new Queue<string>();
            await foreach (var batch in resourceLogs.GetAllAsync(resourceId).WithCancellation(limit.Token))
            {
                foreach (var line in batch.Where(l => l.IsErrorMessage))
                {
                    errors.Enqueue(line.Content);
                    if (errors.Count > ReportedErrorLines)
                    {
                        errors.Dequeue();
                    }
                }
            }
            if (errors.Count > 0)
            {
                logger.LogWarning("{Resource} last wrote to stderr:{NewLine}{Errors}", resourceId, Environment.NewLine, string.Join(Environment.NewLine, errors));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static bool IsEnd(string? state) =>
        state == KnownResourceStates.Finished || state == KnownResourceStates.Exited || state == KnownResourceStates.FailedToStart;

    private async Task RestartAsync(IResource resource, string resourceId, int count, TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, time, stoppingToken);
            var result = await commands.ExecuteCommandAsync(resourceId, KnownResourceCommands.StartCommand, stoppingToken);
            if (!result.Success)
            {
                logger.LogError("Could not start {Resource} again: {Message}", resourceId, result.Message);
            }
            await notifications.PublishUpdateAsync(resource, resourceId, snapshot => snapshot with
            {
                Properties = [.. snapshot.Properties.Where(p => p.Name != RestartsProperty), new(RestartsProperty, count)],
            });
        }
        catch (OperationCanceledException)
        {
        }
    }
}
