using Finsam.LoadBenchmark.Processes;
using Finsam.SystemTests.Infrastructure;
using static Finsam.LoadBenchmark.Report;

namespace Finsam.LoadBenchmark.Parts;

// Row 7: each service's resident memory (VmRSS of its own process), the documents service's
// browser (its descendants: the driver and Chromium) apart, PostgreSQL's and the dashboard's
// beside them.
public sealed class Memory
{
    private readonly Dictionary<string, string> _idle = [];
    private readonly Dictionary<string, string> _afterLoad = [];
    private readonly Dictionary<string, double> _idleServices = [];
    private readonly Dictionary<string, double> _loadedServices = [];
    private string? _browserAfterDocuments;

    public void ReadIdle(BenchmarkSystem system) => Read(system, _idle, _idleServices);

    public void ReadAfterLoad(BenchmarkSystem system) => Read(system, _afterLoad, _loadedServices);

    // The browser right after the documents part: it closes when idle (Documents:Pdf:
    // BrowserIdleTimeout, 2 minutes), which the parts after it may outlast.
    public void ReadBrowserAfterDocuments(BenchmarkSystem system)
    {
        var (pss, browserRss, count) = ProcessTree.DescendantsMemory(system.Processes()["documents"]);
        _browserAfterDocuments = count == 0 ? null : F($"{pss:0} MB PSS ({browserRss:0} MB RSS summed, {count} processes; right after the documents)");
    }

    private static void Read(BenchmarkSystem system, Dictionary<string, string> into, Dictionary<string, double> services)
    {
        foreach (var (name, pid) in system.Processes())
        {
            if (name == "postgres")
            {
                into[name] = F($"{ProcessTree.TreePssMb(pid):0} MB (PSS, with its backends)");
                continue;
            }
            var rss = ProcessTree.RssMb(pid);
            var (anonymous, files, shared) = ProcessTree.RssPartsMb(pid);
            into[name] = F($"{rss:0} MB ({anonymous:0} own, {files:0} files, {shared:0} code)");
            if (BenchmarkSystem.ServiceNames.Contains(name))
            {
                services[name] = rss;
            }
            if (name == "documents")
            {
                var (pss, browserRss, count) = ProcessTree.DescendantsMemory(pid);
                into["documents' browser"] = count == 0 ? "not running" : F($"{pss:0} MB PSS ({browserRss:0} MB RSS summed, {count} processes)");
            }
        }
    }

    public void Report(Report report, TimeSpan idleFor)
    {
        string Range(Dictionary<string, double> services) =>
            services.Count == 0 ? "–" : F($"{services.Values.Min():0}–{services.Values.Max():0} MB (most: {services.MaxBy(s => s.Value).Key})");
        if (_browserAfterDocuments is not null && _afterLoad.GetValueOrDefault("documents' browser") is null or "not running")
        {
            _afterLoad["documents' browser"] = _browserAfterDocuments;
        }
        var browser = _afterLoad.GetValueOrDefault("documents' browser") ?? _idle.GetValueOrDefault("documents' browser", "–");
        report.Set("memory", $"idle {Range(_idleServices)}; after load {Range(_loadedServices)}; documents' browser {browser}");
        var names = _idle.Keys.Union(_afterLoad.Keys).ToList();
        report.Detail("Memory (row 7)", ["process", "idle", "after the load"],
            names.Select(name => new[] { name, _idle.GetValueOrDefault(name, "–"), _afterLoad.GetValueOrDefault(name, "–") }),
            F($"Idle: {idleFor.TotalSeconds:0} s after every resource was healthy, before any load. After the load: after the parts that ran (reads, computations, roll-up, documents). ")
            + $"Services and the dashboard: VmRSS of the process itself, and what it is made of: own (RssAnon: the GC heap, native allocations), files (RssFile: the runtime's and the assemblies' images, shared between processes but counted in each), code (RssShmem: JIT-compiled code and stubs, which .NET maps through a memory file). The browser: the documents service's descendants, PSS summed (shared pages once). The dashboard is {RunningSystem.DashboardResource}.");
    }
}
