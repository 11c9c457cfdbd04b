using System.Threading.RateLimiting;
using Finsam.Gateway.Routing;

namespace Finsam.Gateway.Overload;

// Section "ConcurrencyLimits": how many requests the gateway lets into the system at once
// (from arrival until the answer starts).
// Past what the cores can carry, more requests in flight only make every one of them slower
// until all miss their deadlines (offered 200/s where 180/s fit, 28/s were answered). So at
// most Permits are forwarded at a time, at most Queue more wait, each for at most QueueTime,
// and the rest are answered at once: Unavailable (gRPC) or 503 with Retry-After (JSON), which
// clients retry later; what is let in is served at the latency the system has when busy.
// Probes (/health, /alive) are never turned away: a busy gateway is not a broken one.
public sealed class ConcurrencyLimits
{
    public const string Section = "ConcurrencyLimits";
    public const string BusyMessage = "The system is busy; try again shortly.";

    // Zero: 8 per core, enough to keep the cores busy while each request also waits on
    // PostgreSQL and the other services.
    public int Permits { get; set; }

    // Zero: as many as the permits; a short burst waits instead of being refused.
    public int Queue { get; set; }

    public TimeSpan QueueTime { get; set; } = TimeSpan.FromMilliseconds(100);

    public int EffectivePermits => Permits > 0 ? Permits : 8 * Environment.ProcessorCount;

    public int EffectiveQueue => Queue > 0 ? Queue : EffectivePermits;

    public static Func<HttpContext, Func<Task>, Task> ShedExcess(ConcurrencyLimits limits)
    {
        if (limits.Permits < 0 || limits.Queue < 0 || limits.QueueTime < TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{Section}: Permits, Queue and QueueTime are counts and a time of zero or more.");
        }
        var limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = limits.EffectivePermits,
            QueueLimit = limits.EffectiveQueue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        return async (context, next) =>
        {
            if (IsProbe(context.Request.Path))
            {
                await next();
                return;
            }
            var lease = new OnceReleased(await AcquireAsync(limiter, limits.QueueTime, context.RequestAborted));
            if (!lease.IsAcquired)
            {
                context.Response.Headers.RetryAfter = "1";
                await GatewayErrorResponses.WriteAsync(context, GatewayErrorResponses.GrpcUnavailable, StatusCodes.Status503ServiceUnavailable, BusyMessage);
                return;
            }
            // A request counts while a service works on it, until its answer starts: a slow
            // reader of a long download (anyone may download a published document) must not
            // hold a permit while the services are idle.
            context.Response.OnStarting(() =>
            {
                lease.Release();
                return Task.CompletedTask;
            });
            try
            {
                await next();
            }
            finally
            {
                lease.Release();
            }
        };
    }

    private static async ValueTask<RateLimitLease> AcquireAsync(ConcurrencyLimiter limiter, TimeSpan queueTime, CancellationToken aborted)
    {
        var lease = limiter.AttemptAcquire();
        if (lease.IsAcquired || queueTime == TimeSpan.Zero)
        {
            return lease;
        }
        lease.Dispose();
        // Only a request that has to wait pays for a timer; it leaves the queue when the time
        // is up or its caller has gone.
        using var waited = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        waited.CancelAfter(queueTime);
        try
        {
            return await limiter.AcquireAsync(1, waited.Token);
        }
        catch (OperationCanceledException)
        {
            return Refused.Lease;
        }
    }

    // Released when the answer starts or the request ends, whichever comes first.
    private sealed class OnceReleased(RateLimitLease lease)
    {
        private int _released;

        public bool IsAcquired => lease.IsAcquired;

        public void Release()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                lease.Dispose();
            }
        }
    }

    private static bool IsProbe(PathString path) => path.StartsWithSegments("/health") || path.StartsWithSegments("/alive");

    private sealed class Refused : RateLimitLease
    {
        public static readonly Refused Lease = new();

        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
