using System.Diagnostics;
using Finsam.Contracts.Budget.V1;
using Finsam.LoadBenchmark.Load;
using Finsam.LoadBenchmark.Processes;
using Finsam.SystemTests.Infrastructure;
using Grpc.Net.Client;
using static Finsam.LoadBenchmark.Report;

namespace Finsam.LoadBenchmark.Parts;

// Rows 2 and 3: ComputeBudget of one federation's draft budget through the gateway: alone
// (one after another), at fixed offered rates (open loop) with the CPU each process spent,
// and the most the system sustains (closed loop, 16 callers).
public static class Computation
{
    // One computation through the gateway, on a channel that opens more HTTP/2 connections
    // when needed, so that the client never queues calls the system has not seen.
    public static Func<Task> Call(GrpcChannel gateway, BenchmarkSystem system, string federationId)
    {
        var budget = new BudgetService.BudgetServiceClient(gateway.WithToken(system.AdminToken));
        var request = new ComputeBudgetRequest { Name = $"federations/{federationId}/budgets/2022" };
        return () => budget.ComputeBudgetAsync(request, deadline: DateTime.UtcNow.AddSeconds(30)).ResponseAsync;
    }

    // The closed-loop maximum, which the telemetry row compares across settings.
    public static Task<ClosedLoop.Result> MaximumAsync(Func<Task> compute, BenchmarkOptions options) =>
        ClosedLoop.RunAsync(compute, BenchmarkOptions.Streams, options.ClosedLoop, options.WarmUp);

    public static async Task<ClosedLoop.Result> RunAsync(BenchmarkSystem system, string federationId, BenchmarkOptions options, Report report)
    {
        using var gateway = system.GatewayChannel(manyConnections: true);
        var compute = Call(gateway, system, federationId);

        var alone = new Latencies();
        for (var i = 0; i < 10 + options.AloneCount; i++)
        {
            var clock = Stopwatch.StartNew();
            await compute();
            if (i >= 10)
            {
                alone.Add(clock.Elapsed);
            }
        }

        var processes = system.Processes();
        var steps = new List<(OpenLoop.Result Result, IReadOnlyDictionary<string, TimeSpan> Cpu)>();
        foreach (var rate in options.OfferedRates)
        {
            var meter = CpuMeter.Start(processes);
            var result = await OpenLoop.RunAsync(compute, rate, options.OpenLoopStep);
            steps.Add((result, meter.Stop()));
            // Let a queue that built up drain before the next rate.
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        var maximum = await MaximumAsync(compute, options);

        var stepTexts = steps.Select(s => F($"{s.Result.PerSecondOffered:0}/s: p50 {Ms(s.Result.Latencies.Median)}, p99 {Ms(s.Result.Latencies.Percentile(99))}{(s.Result.Errors > 0 ? $", {s.Result.Errors} errors" : "")}{(s.Result.Achieved < 0.95 * s.Result.PerSecondOffered ? $" (achieved {s.Result.Achieved:0}/s)" : "")}"));
        report.Set("compute", F($"{Ms(alone.Median)} alone (median of {options.AloneCount}); ") + string.Join("; ", stepTexts)
            + F($"; at most {maximum.PerSecond:0} req/s (closed loop, 16 callers, p50 {Ms(maximum.Latencies.Median)})"));
        report.Detail("Computation (row 2): ComputeBudget through the gateway, open loop", ["offered req/s", "achieved req/s", "p50", "p90", "p99", "max", "errors", "latest send", "CPU ms per computation (all processes)"],
            steps.Select(s => new[]
            {
                F($"{s.Result.PerSecondOffered:0}"), F($"{s.Result.Achieved:0}"), Ms(s.Result.Latencies.Median), Ms(s.Result.Latencies.Percentile(90)),
                Ms(s.Result.Latencies.Percentile(99)), Ms(s.Result.Latencies.Max),
                s.Result.Errors == 0 ? "0" : $"{s.Result.Errors} ({s.Result.FirstError})", Ms(s.Result.LatestSend.TotalMilliseconds),
                F($"{System(s.Cpu).TotalMilliseconds / Math.Max(1, s.Result.Succeeded):0.0}"),
            }),
            F($"Each rate {options.OpenLoopStep.TotalSeconds:0} s; a response time counts from when the request was due. Alone: median {Ms(alone.Median)}, p90 {Ms(alone.Percentile(90))} of {options.AloneCount} one after another. ")
            + F($"Closed loop (16 callers, {options.ClosedLoop.TotalSeconds:0} s): {maximum.PerSecond:0} req/s, p50 {Ms(maximum.Latencies.Median)}, p99 {Ms(maximum.Latencies.Percentile(99))}, {maximum.Errors} errors."));

        var cpuStep = steps.FirstOrDefault(s => s.Result.PerSecondOffered == options.CpuRate);
        if (cpuStep.Result is { Succeeded: > 0 } measured)
        {
            double PerComputation(TimeSpan cpu) => cpu.TotalMilliseconds / measured.Succeeded;
            var systemProcesses = cpuStep.Cpu.Where(c => IsSystem(c.Key)).OrderByDescending(c => c.Value).ToList();
            report.Set("cpu", F($"{PerComputation(System(cpuStep.Cpu)):0.0} ms at {options.CpuRate} req/s: ")
                + string.Join(", ", systemProcesses.Where(c => PerComputation(c.Value) >= 0.05).Select(c => F($"{c.Key} {PerComputation(c.Value):0.0}")))
                + F($" (beside it: dashboard receiving telemetry {PerComputation(cpuStep.Cpu.GetValueOrDefault(RunningSystem.DashboardResource)):0.0}, benchmark client {PerComputation(cpuStep.Cpu[CpuMeter.Client]):0.0})"));
            report.Detail(F($"CPU per computation (row 3), at {options.CpuRate} req/s offered"), ["process (with its children)", "CPU s", "ms per computation", "share of the system's"],
                cpuStep.Cpu.OrderByDescending(c => c.Value).Select(c => new[]
                {
                    c.Key, F($"{c.Value.TotalSeconds:0.00}"), F($"{PerComputation(c.Value):0.00}"),
                    IsSystem(c.Key) ? F($"{100 * c.Value / System(cpuStep.Cpu):0} %") : "(not counted)",
                }),
                F($"{measured.Succeeded} computations in {measured.Elapsed.TotalSeconds:0.0} s; /proc/<pid>/stat utime+stime (+cutime+cstime), each process with its descendants (PostgreSQL's backends under the postmaster). ")
                + "The system's total counts the services, the gateway and PostgreSQL; the dashboard (the telemetry's receiver) and this benchmark's client run beside them on the same cores.");
        }
        return maximum;
    }

    private static bool IsSystem(string process) => process != CpuMeter.Client && process != RunningSystem.DashboardResource;

    private static TimeSpan System(IReadOnlyDictionary<string, TimeSpan> cpu) =>
        cpu.Where(c => IsSystem(c.Key)).Aggregate(TimeSpan.Zero, (sum, c) => sum + c.Value);
}
