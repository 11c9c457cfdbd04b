using System.Diagnostics;

namespace Finsam.LoadBenchmark.Load;

// A fixed number of callers, each sending its next request as soon as the last one answered,
// for a fixed time: the throughput the system sustains, and its response times then.
public static class ClosedLoop
{
    public sealed record Result(int Requests, int Errors, TimeSpan Elapsed, Latencies Latencies, string? FirstError)
    {
        public double PerSecond => Requests / Elapsed.TotalSeconds;
    }

    public static async Task<Result> RunAsync(Func<Task> call, int callers, TimeSpan duration, TimeSpan warmUp)
    {
        if (warmUp > TimeSpan.Zero)
        {
            await MeasureAsync(call, callers, warmUp);
        }
        return await MeasureAsync(call, callers, duration);
    }

    private static async Task<Result> MeasureAsync(Func<Task> call, int callers, TimeSpan duration)
    {
        var latencies = new Latencies();
        var errors = 0;
        string? firstError = null;
        var clock = Stopwatch.StartNew();
        async Task Caller()
        {
            while (clock.Elapsed < duration)
            {
                var started = clock.Elapsed;
                try
                {
                    await call();
                    latencies.Add(clock.Elapsed - started);
                }
                catch (Exception failure)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, Describe(failure), null);
                }
            }
        }
        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(Caller)));
        return new Result(latencies.Count, errors, clock.Elapsed, latencies, firstError);
    }

    public static string Describe(Exception failure) => failure switch
    {
        Grpc.Core.RpcException rpc => $"{rpc.StatusCode}: {rpc.Status.Detail}",
        _ => $"{failure.GetType().Name}: {failure.Message}",
    };
}
