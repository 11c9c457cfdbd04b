using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Finsam.Hosting.Health;

// Aspire asks a resource that is not healthy yet again after 1, 2, 3 and 4 s, then every 5 s:
// a service that starts answering just after a check is seen healthy up to 5 s later, and
// whatever waits for it starts that much later too (the gateway waits for every service, the
// web app for the gateway). Until a resource has answered once, this check asks again every
// quarter second, so its first answer is seen when it comes; afterwards (a restart, a server
// that stopped) it asks once, as Aspire's checks do.
public sealed class FirstAnswerHealthCheck(Func<CancellationToken, Task<HealthCheckResult>> check) : IHealthCheck
{
    // Longer than Aspire's longest pause between two checks, so a start is watched throughout.
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);

    private volatile bool _answered;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var result = await check(cancellationToken);
            if (result.Status == HealthStatus.Healthy)
            {
                _answered = true;
                return result;
            }
            if (_answered || waited.Elapsed >= Patience)
            {
                return result;
            }
            await Task.Delay(Step, cancellationToken);
        }
    }
}
