using Aspire.Hosting.ApplicationModel;
using Finsam.LoadBenchmark.Processes;
using Microsoft.Extensions.DependencyInjection;
using static Finsam.LoadBenchmark.Report;

namespace Finsam.LoadBenchmark.Parts;

// Row 6: from the start (the testing builder made from the AppHost's model, the projects
// already built) until every resource of the model was ready (healthy), as the model's own
// ResourceReadyEvent says.
public static class Startup
{
    public static void Report(BenchmarkSystem system, Report report)
    {
        // Parameters (secrets) and Aspire's hidden project rebuilders are not what runs.
        var model = system.App.Services.GetRequiredService<DistributedApplicationModel>().Resources
            .Where(r => r is not ParameterResource && !r.Name.EndsWith("-rebuilder", StringComparison.Ordinal))
            .Select(r => r.Name).ToList();
        var notReady = model.Where(name => !system.Ready.ContainsKey(name)).ToList();
        var last = system.Ready.MaxBy(r => r.Value);
        report.Set("start", F($"{last.Value.TotalSeconds:0.0} s to every resource healthy (last: {last.Key})")
            + (notReady.Count > 0 ? $"; never reported ready: {string.Join(", ", notReady)}" : ""));
        // What each process had spent by the end of the start: on two cores the start is mostly
        // the processes' CPU, one after another or side by side.
        var cpu = system.Processes().ToDictionary(p => p.Key, p => ProcessTree.Cpu(p.Value));
        report.Detail("Start-up (row 6): each resource ready, from the start", ["resource", "ready at", "CPU by the end of the start"],
            system.Ready.Where(r => model.Contains(r.Key)).OrderBy(r => r.Value).Select(r => new[]
            {
                r.Key, F($"{r.Value.TotalSeconds:0.0} s"), cpu.TryGetValue(r.Key, out var spent) ? F($"{spent.TotalSeconds:0.00} s") : "",
            }),
            F($"The start, through the admin token's first request: {system.StartedIn.TotalSeconds:0.0} s; CPU of all processes above by then: {cpu.Values.Aggregate(TimeSpan.Zero, (sum, c) => sum + c).TotalSeconds:0.0} s on {Environment.ProcessorCount} cores. A fresh data folder: PostgreSQL's cluster is made (initdb) each run."));
    }
}
