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
    // when needed, so that the client never queues calls the system has not seen. Traced: each
    // call starts a trace the caller has chosen to keep (a W3C traceparent with the sampled
    // flag), which every process's parent-based sampler follows, so the whole computation is
    // recorded and exported whatever share the system keeps of the traces it starts itself.
    public static Func<Task> Call(GrpcChannel gateway, BenchmarkSystem system, string federationId, bool traced = false)
    {
        var budget = new BudgetService.BudgetServiceClient(gateway.WithToken(system.AdminToken));
        var request = new ComputeBudgetRequest { Name = $"federations/{federationId}/budgets/2022" };
        // Five seconds: past that the system is swamped, and the open loop must end in bounded time.
        return traced
            ? () => budget.ComputeBudgetAsync(request, KeptTrace(), deadline: DateTime.UtcNow.AddSeconds(5)).ResponseAsync
            : () => budget.ComputeBudgetAsync(request, deadline: DateTime.UtcNow.AddSeconds(5)).ResponseAsync;
    }

    private static Grpc.Core.Metadata KeptTrace() =>
        [new("traceparent", $"00-{ActivityTraceId.CreateRandom().ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01")];

    // The closed-loop maximum, which the telemetry row compares across settings.
    public static Task<ClosedLoop.Result> MaximumAsync(Func<Task> compute, BenchmarkOptions options) =>
        ClosedLoop.RunAsync(compute, BenchmarkOptions.Streams, options.ClosedLoop, options.WarmUp);

    public static async Task RunAsync(BenchmarkSystem system, string federationId, BenchmarkOptions options, Report report)
    {
        using var gateway = system.GatewayChannel(manyConnections: true);
        var compute = Call(gateway, system, federationId);

        // Warm first: on two busy cores the runtime is still compiling the hot paths' optimised
        // code for a while after the start, and whatever part ran first would measure that.
        await ClosedLoop.RunAsync(compute, BenchmarkOptions.Streams, options.ComputeWarmUp, TimeSpan.Zero);
        await RecoverAsync(compute);

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

        var hops = await Hops.MeasureAsync(system, federationId, options.AloneCount);
        report.Detail("One computation alone, hop by hop (row 2)", ["call", "p50", "p90"], hops,
            F($"Each call {options.AloneCount} times one after another (after 10 not counted), nothing else running. The budget service reads the budget, then asks funding and grants side by side while it reads the goals."));

        report.Detail("One traced computation (row 2): its spans as the dashboard has them", ["service", "span", "starts at (ms)", "lasts (ms)"],
            await Hops.TimelineAsync(system, federationId, traces: 5),
            "The median of five traced computations by length, each after ten untraced ones; the spans a process records on the telemetry profile it runs.");

        // The most it sustains first, with the CPU each process spent on it: a steady load where
        // every call succeeds, whatever the version's capacity.
        var processes = system.Processes();
        var maximumMeter = CpuMeter.Start(processes);
        var maximum = await MaximumAsync(compute, options);
        var maximumCpu = maximumMeter.Stop();

        // Then the offered rates, up to the first the system cannot carry: past it a queue
        // builds that takes the next rates down too, which would measure the last one's backlog.
        var steps = new List<(OpenLoop.Result Result, IReadOnlyDictionary<string, TimeSpan> Cpu)>();
        var notRun = new List<int>();
        foreach (var rate in options.OfferedRates)
        {
            if (steps.Count > 0 && Saturated(steps[^1].Result))
            {
                notRun.Add(rate);
                continue;
            }
            var meter = CpuMeter.Start(processes);
            var result = await OpenLoop.RunAsync(compute, rate, options.OpenLoopStep);
            steps.Add((result, meter.Stop()));
            await RecoverAsync(compute);
        }

        var stepTexts = steps.Select(s => F($"{s.Result.PerSecondOffered:0}/s: p50 {Ms(s.Result.Latencies.Median)}, p99 {Ms(s.Result.Latencies.Percentile(99))}{(s.Result.Errors > 0 ? $", {s.Result.Errors} errors" : "")}{(s.Result.Refused > 0 ? $", {s.Result.Refused} refused (p99 {Ms(s.Result.RefusalTimes.Percentile(99))})" : "")}{(s.Result.Achieved < 0.95 * s.Result.PerSecondOffered ? $" (achieved {s.Result.Achieved:0}/s)" : "")}"));
        var skipped = notRun.Count > 0 ? $"; {string.Join(", ", notRun)}/s not run (saturated below)" : "";
        report.Set("compute", F($"{BenchmarkSystem.TelemetryProfile} telemetry profile: {Ms(alone.Median)} alone (median of {options.AloneCount}); at most {maximum.PerSecond:0} req/s (closed loop, 16 callers, p50 {Ms(maximum.Latencies.Median)}); ") + string.Join("; ", stepTexts) + skipped);
        report.Detail(F($"Computation (row 2): ComputeBudget through the gateway, open loop, {BenchmarkSystem.TelemetryProfile} telemetry profile"), ["offered req/s", "achieved req/s", "p50", "p90", "p99", "max", "errors", "refused (p50 / p99 to the refusal)", "latest send", "CPU ms per successful computation (system)"],
            steps.Select(s => new[]
            {
                F($"{s.Result.PerSecondOffered:0}"), F($"{s.Result.Achieved:0}"), Ms(s.Result.Latencies.Median), Ms(s.Result.Latencies.Percentile(90)),
                Ms(s.Result.Latencies.Percentile(99)), Ms(s.Result.Latencies.Max),
                s.Result.Errors == 0 ? "0" : $"{s.Result.Errors} ({s.Result.FirstError})",
                s.Result.Refused == 0 ? "0" : F($"{s.Result.Refused} ({Ms(s.Result.RefusalTimes.Median)} / {Ms(s.Result.RefusalTimes.Percentile(99))}; {s.Result.FirstRefusal})"),
                Ms(s.Result.LatestSend.TotalMilliseconds),
                s.Result.Succeeded == 0 ? "–" : F($"{SystemCpu(s.Cpu).TotalMilliseconds / s.Result.Succeeded:0.0}"),
            }),
            F($"Each rate {options.OpenLoopStep.TotalSeconds:0} s; a response time counts from when the request was due; a call has 5 s (then DeadlineExceeded); refused: answered Unavailable or ResourceExhausted (the gateway shedding the excess), not in the percentiles. A rate is not run once the one below it was saturated (achieved < 90 % of offered or > 1 % errors or refusals): {(notRun.Count == 0 ? "none skipped" : string.Join(", ", notRun) + " skipped")}. ")
            + F($"After {options.ComputeWarmUp.TotalSeconds:0} s of warm-up (16 callers). Alone: median {Ms(alone.Median)}, p90 {Ms(alone.Percentile(90))} of {options.AloneCount} one after another. ")
            + F($"Closed loop (16 callers, {options.ClosedLoop.TotalSeconds:0} s): {maximum.PerSecond:0} req/s, p50 {Ms(maximum.Latencies.Median)}, p99 {Ms(maximum.Latencies.Percentile(99))}, {maximum.Errors} errors."));

        if (maximum.Requests > 0)
        {
            double PerComputation(TimeSpan cpu) => cpu.TotalMilliseconds / maximum.Requests;
            var systemProcesses = maximumCpu.Where(c => IsSystem(c.Key)).OrderByDescending(c => c.Value).ToList();
            report.Set("cpu", F($"{PerComputation(SystemCpu(maximumCpu)):0.0} ms at the maximum ({maximum.PerSecond:0} req/s): ")
                + string.Join(", ", systemProcesses.Where(c => PerComputation(c.Value) >= 0.05).Select(c => F($"{c.Key} {PerComputation(c.Value):0.0}")))
                + F($" (beside it: dashboard receiving telemetry {PerComputation(maximumCpu.GetValueOrDefault(RunningSystem.DashboardResource)):0.0}, benchmark client {PerComputation(maximumCpu[CpuMeter.Client]):0.0})"));
            report.Detail(F($"CPU per computation (row 3), over the closed-loop maximum, {BenchmarkSystem.TelemetryProfile} telemetry profile"), ["process (with its children)", "CPU s", "ms per computation", "share of the system's"],
                maximumCpu.OrderByDescending(c => c.Value).Select(c => new[]
                {
                    c.Key, F($"{c.Value.TotalSeconds:0.00}"), F($"{PerComputation(c.Value):0.00}"),
                    IsSystem(c.Key) ? F($"{100 * c.Value / SystemCpu(maximumCpu):0} %") : "(not counted)",
                }),
                F($"{maximum.Requests} computations in {maximum.Elapsed.TotalSeconds:0.0} s, every one answered; /proc/<pid>/stat utime+stime (+cutime+cstime), each process with its descendants (PostgreSQL's backends under the postmaster). ")
                + "The system's total counts the services, the gateway and PostgreSQL; the dashboard (the telemetry's receiver) and this benchmark's client run beside them on the same cores.");
        }
    }

    private static bool Saturated(OpenLoop.Result step) => step.Achieved < 0.9 * step.PerSecondOffered || step.Errors + step.Refused > 0.01 * step.Offered;

    // After an open-loop step the calls given up on may still be running in the services: wait
    // (at most 30 s) until a computation answers within a second again.
    private static async Task RecoverAsync(Func<Task> compute)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            var one = Stopwatch.StartNew();
            try
            {
                await compute();
                if (one.Elapsed < TimeSpan.FromSeconds(1))
                {
                    return;
                }
            }
            catch (Grpc.Core.RpcException)
            {
            }
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    private static bool IsSystem(string process) => process != CpuMeter.Client && process != RunningSystem.DashboardResource;

    public static TimeSpan SystemCpu(IReadOnlyDictionary<string, TimeSpan> cpu) =>
        cpu.Where(c => IsSystem(c.Key)).Aggregate(TimeSpan.Zero, (sum, c) => sum + c.Value);
}
