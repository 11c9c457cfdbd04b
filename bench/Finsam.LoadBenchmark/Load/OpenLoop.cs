using System.Diagnostics;

namespace Finsam.LoadBenchmark.Load;

// Requests sent on a fixed schedule whether or not earlier ones have answered, as independent
// clients would send them: when the system falls behind, requests queue and the response
// times (counted from when each was due, not from when it got out) show it.
public static class OpenLoop
{
    // Refused: answered Unavailable or ResourceExhausted (the system shedding what it has no
    // room for, as a client retries later), with how long each refusal took; Errors: the rest.
    public sealed record Result(int Offered, double PerSecondOffered, int Succeeded, int Errors, TimeSpan Elapsed, Latencies Latencies, TimeSpan LatestSend, string? FirstError,
        int Refused, Latencies RefusalTimes, string? FirstRefusal)
    {
        // Answered successfully per second, over the time until the last one answered.
        public double Achieved => Succeeded / Elapsed.TotalSeconds;
    }

    public static async Task<Result> RunAsync(Func<Task> call, double perSecond, TimeSpan duration)
    {
        var latencies = new Latencies();
        var refusalTimes = new Latencies();
        var errors = 0;
        var refused = 0;
        string? firstError = null;
        string? firstRefusal = null;
        var latestSend = TimeSpan.Zero;
        var total = (int)(perSecond * duration.TotalSeconds);
        var calls = new List<Task>(total);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }
            var late = clock.Elapsed - due;
            if (late > latestSend)
            {
                latestSend = late;
            }
            calls.Add(Task.Run(async () =>
            {
                try
                {
                    await call();
                    latencies.Add(clock.Elapsed - due);
                }
                catch (Grpc.Core.RpcException refusal) when (refusal.StatusCode is Grpc.Core.StatusCode.Unavailable or Grpc.Core.StatusCode.ResourceExhausted)
                {
                    refusalTimes.Add(clock.Elapsed - due);
                    Interlocked.Increment(ref refused);
                    Interlocked.CompareExchange(ref firstRefusal, ClosedLoop.Describe(refusal), null);
                }
                catch (Exception failure)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, ClosedLoop.Describe(failure), null);
                }
            }));
        }
        await Task.WhenAll(calls);
        return new Result(total, perSecond, latencies.Count, errors, clock.Elapsed, latencies, latestSend, firstError, refused, refusalTimes, firstRefusal);
    }
}
