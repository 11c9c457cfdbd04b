using System.Diagnostics;
using Finsam.Contracts.Budget.V1;
using Finsam.LoadBenchmark.Load;
using Finsam.SystemTests.Budget;
using static Finsam.LoadBenchmark.Report;

namespace Finsam.LoadBenchmark.Parts;

// Row 4: the regional administrator's roll-up of every federation's 2022 budget (each a
// computable draft, Sundsvall's as the system tests enter it), at 10, 30 and 100 federations:
// the median of three, through the gateway.
public static class RollUp
{
    private const int Year = 2022;

    // Set-up calls side by side: enough to keep both cores busy, few enough not to time out.
    private const int SetUpParallelism = 4;

    public static async Task RunAsync(BenchmarkSystem system, BenchmarkOptions options, Report report)
    {
        var lines = new List<string[]>();
        var summary = new List<string>();
        var setUp = TimeSpan.Zero;
        foreach (var size in options.RollUpSizes)
        {
            var present = (await RollUpAsync(system)).Federations.Count;
            var clock = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(0, Math.Max(0, size - present)), new ParallelOptions { MaxDegreeOfParallelism = SetUpParallelism },
                async (_, _) => await SetUpAsync(system));
            setUp += clock.Elapsed;

            var times = new List<TimeSpan>();
            RollUpResponse? answer = null;
            for (var i = 0; i < 3; i++)
            {
                clock.Restart();
                answer = await RollUpAsync(system);
                times.Add(clock.Elapsed);
            }
            var problems = answer!.Federations.Count(f => f.Problem.Length > 0);
            var median = Latencies.MedianOf(times);
            var count = answer.Federations.Count;
            summary.Add(F($"{count}: {Ms(median)}"));
            lines.Add([F($"{count}"), Ms(median), Ms(times.Min().TotalMilliseconds), Ms(times.Max().TotalMilliseconds), F($"{median / count:0.0} ms"), F($"{problems}")]);
        }
        var perFederation = lines.Count > 0 ? $" ({lines[^1][4]} each at {lines[^1][0]})" : "";
        report.Set("rollup", string.Join(", ", summary) + perFederation);
        report.Detail("Regional roll-up (row 4): RollUp of 2022 through the gateway, median of 3", ["federations", "median", "min", "max", "per federation", "without figures (problem)"], lines,
            F($"Setting up the federations (funding, grants, budget through the gateway, {SetUpParallelism} at a time) took {setUp.TotalSeconds:0} s; set-ups that failed half-way and were replaced: {_failedSetUps}."));
    }

    // A federation whose set-up failed half-way has no budget and is not rolled up: another
    // is set up in its place (the failures are counted and printed).
    private static async Task SetUpAsync(BenchmarkSystem system)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await SundsvallBudget.SetUpAsync(system);
                return;
            }
            catch (Grpc.Core.RpcException failure) when (attempt < 3 && failure.StatusCode is Grpc.Core.StatusCode.Unavailable or Grpc.Core.StatusCode.Internal or Grpc.Core.StatusCode.DeadlineExceeded)
            {
                Interlocked.Increment(ref _failedSetUps);
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }

    private static int _failedSetUps;

    private static Task<RollUpResponse> RollUpAsync(BenchmarkSystem system) =>
        system.Budget.RollUpAsync(new RollUpRequest { Year = Year }, deadline: DateTime.UtcNow.AddMinutes(2)).ResponseAsync;
}
