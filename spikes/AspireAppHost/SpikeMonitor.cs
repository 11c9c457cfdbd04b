using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Finsam.Spike;

// For the spike only: prints every resource's state/health changes and console lines to the
// AppHost's own output, so a headless run shows what the dashboard would.
public sealed class SpikeMonitor(ResourceNotificationService notifications, ResourceLoggerService logs, ILogger<SpikeMonitor> logger)
{
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var watching = new HashSet<string>();
        var last = new Dictionary<string, string>();
        try
        {
            await foreach (var e in notifications.WatchAsync(stoppingToken))
            {
                var s = e.Snapshot;
                var line = $"{s.State?.Text} health={s.HealthStatus?.ToString() ?? "-"} exit={s.ExitCode} restarts={s.Properties.FirstOrDefault(p => p.Name == CrashRestarter.RestartsProperty)?.Value} pid={s.Properties.FirstOrDefault(p => p.Name.EndsWith(".pid"))?.Value}";
                if (!last.TryGetValue(e.ResourceId, out var previous) || previous != line)
                {
                    last[e.ResourceId] = line;
                    logger.LogInformation("STATE {Resource} ({Id}): {Line}", e.Resource.Name, e.ResourceId, line);
                }
                if (watching.Add(e.ResourceId) && e.Resource is not ParameterResource)
                {
                    var id = e.ResourceId;
                    _ = Task.Run(async () =>
                    {
                        await foreach (var batch in logs.WatchAsync(id).WithCancellation(stoppingToken))
                        {
                            foreach (var l in batch)
                            {
                                logger.LogInformation("LOG {Resource}: {Content}", id, l.Content);
                            }
                        }
                    }, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) { }
    }
}
