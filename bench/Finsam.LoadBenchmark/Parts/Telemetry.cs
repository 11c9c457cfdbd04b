using Finsam.LoadBenchmark.Load;
using Finsam.SystemTests.Budget;
using static Finsam.LoadBenchmark.Report;

namespace Finsam.LoadBenchmark.Parts;

// Row 8: the computation's closed-loop maximum with the system's own telemetry settings (the
// first system), beside the same on a second system started with the variant's environment
// given to every service (by default no traces sampled: what tracing costs).
public static class Telemetry
{
    public static async Task RunAsync(ClosedLoop.Result asStarted, BenchmarkOptions options, Report report, Action<string> progress)
    {
        var variant = string.Join(", ", options.TelemetryVariant.Select(kv => $"{kv.Key}={kv.Value}"));
        progress($"telemetry: a second system with {variant}");
        await using var system = await BenchmarkSystem.StartAsync(options.TelemetryVariant);
        var id = await SundsvallBudget.SetUpAsync(system);
        using var gateway = system.GatewayChannel(manyConnections: true);
        var compute = Computation.Call(gateway, system, id);
        // A fresh system: as warm as the first, whose maximum came after its other loads.
        await Computation.MaximumAsync(compute, options);
        var withVariant = await Computation.MaximumAsync(compute, options);

        report.Set("telemetry", F($"{asStarted.PerSecond:0} req/s with the system's own settings; {withVariant.PerSecond:0} req/s with {variant} (own settings: {Ratio(asStarted.PerSecond / withVariant.PerSecond)} of it)"));
        report.Detail("Telemetry (row 8): ComputeBudget, closed loop, 16 callers", ["settings", "req/s", "p50", "p99", "errors"],
        [
            ["the system's own (as the AppHost starts it, the dashboard receiving)", F($"{asStarted.PerSecond:0}"), Ms(asStarted.Latencies.Median), Ms(asStarted.Latencies.Percentile(99)), F($"{asStarted.Errors}")],
            [variant + " (a second system)", F($"{withVariant.PerSecond:0}"), Ms(withVariant.Latencies.Median), Ms(withVariant.Latencies.Percentile(99)), F($"{withVariant.Errors}")],
        ], "Choose the variant with --telemetry-variant K=V,... (given to every service of the second system).");
    }
}
