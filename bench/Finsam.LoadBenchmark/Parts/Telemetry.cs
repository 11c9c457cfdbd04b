using Finsam.LoadBenchmark.Load;
using Finsam.LoadBenchmark.Processes;
using Finsam.SystemTests.Infrastructure;
using static Finsam.LoadBenchmark.Report;

namespace Finsam.LoadBenchmark.Parts;

// Row 8: what full tracing costs beside the production settings, on the same system in the
// same minute. The computation's closed-loop maximum as clients call it (the Production
// profile keeps a tenth of the traces) and with every call's trace kept (the client sends a
// sampled traceparent, which every process follows), the two taking turns; medians of the
// rounds. A second system started later measured slower even with tracing off, so the
// comparison no longer starts one.
public static class Telemetry
{
    private sealed record Round(ClosedLoop.Result Result, IReadOnlyDictionary<string, TimeSpan> Cpu)
    {
        public double SystemCpuPerCall => Result.Requests == 0 ? double.NaN : Computation.SystemCpu(Cpu).TotalMilliseconds / Result.Requests;

        public double DashboardCpuPerCall => Result.Requests == 0 ? double.NaN : Cpu.GetValueOrDefault(RunningSystem.DashboardResource).TotalMilliseconds / Result.Requests;
    }

    public static async Task RunAsync(BenchmarkSystem system, string federationId, BenchmarkOptions options, Report report)
    {
        using var gateway = system.GatewayChannel(manyConnections: true);
        var modes = new (string Name, Func<Task> Compute)[]
        {
            (F($"{BenchmarkSystem.TelemetryProfile} profile as clients call (traces the gateway starts: a tenth kept; no SQL spans; sent every 5 s)"), Computation.Call(gateway, system, federationId)),
            ("every trace kept (each call's traceparent sampled, followed by every process; SQL spans stay off)", Computation.Call(gateway, system, federationId, traced: true)),
        };
        var processes = system.Processes();
        var rounds = modes.Select(_ => new List<Round>()).ToArray();
        for (var round = 0; round < options.Rounds; round++)
        {
            for (var mode = 0; mode < modes.Length; mode++)
            {
                // The mode that goes first changes each round, so neither always follows the other.
                var which = (mode + round) % modes.Length;
                var meter = CpuMeter.Start(processes);
                var result = await Computation.MaximumAsync(modes[which].Compute, options);
                rounds[which].Add(new Round(result, meter.Stop()));
            }
        }

        double Median(int mode, Func<Round, double> figure) => Latencies.MedianOf(rounds[mode].Select(figure));
        var production = Median(0, r => r.Result.PerSecond);
        var full = Median(1, r => r.Result.PerSecond);
        report.Set("telemetry", F($"{production:0} req/s with the {BenchmarkSystem.TelemetryProfile} profile; {full:0} req/s with every trace kept ({Ratio(full / production)}; full tracing costs {100 * (1 - full / production):0} % of the throughput). System CPU per computation {Median(0, r => r.SystemCpuPerCall):0.0} vs {Median(1, r => r.SystemCpuPerCall):0.0} ms, the dashboard receiving {Median(0, r => r.DashboardCpuPerCall):0.0} vs {Median(1, r => r.DashboardCpuPerCall):0.0} ms (medians of {options.Rounds} turns, same system)"));
        report.Detail("Telemetry (row 8): ComputeBudget, closed loop, 16 callers, the settings taking turns on one system",
            ["settings", "req/s (median)", "each turn", "p50", "p99", "system CPU ms per computation", "dashboard CPU ms per computation", "errors"],
            modes.Select((m, i) => new[]
            {
                m.Name, F($"{Median(i, r => r.Result.PerSecond):0}"), string.Join(" / ", rounds[i].Select(r => F($"{r.Result.PerSecond:0}"))),
                Ms(Median(i, r => r.Result.Latencies.Median)), Ms(Median(i, r => r.Result.Latencies.Percentile(99))),
                F($"{Median(i, r => r.SystemCpuPerCall):0.0}"), F($"{Median(i, r => r.DashboardCpuPerCall):0.0}"),
                F($"{rounds[i].Sum(r => r.Result.Errors)}"),
            }),
            F($"{options.Rounds} turns of {options.ClosedLoop.TotalSeconds:0} s each (after a {options.WarmUp.TotalSeconds:0.#} s warm-up each), the order alternating. ")
            + "Every row of the table above ran with the Production profile (the benchmark gives Finsam__Telemetry__Profile=Production to every process); the Development profile adds a span per SQL query and a 1 s export, which this row does not switch.");
    }
}
