namespace Finsam.LoadBenchmark.Processes;

// CPU time each resource's process tree spent between two readings.
public sealed class CpuMeter
{
    private readonly IReadOnlyDictionary<string, int> _processes;
    private readonly Dictionary<string, TimeSpan> _start;

    private CpuMeter(IReadOnlyDictionary<string, int> processes)
    {
        _processes = processes;
        _start = Read(processes);
    }

    // The benchmark's own process (not its tree: the AppHost runs in it, so every resource is
    // its descendant): on two cores its load client competes with the system too.
    public const string Client = "benchmark client";

    public static CpuMeter Start(IReadOnlyDictionary<string, int> processes) => new(processes);

    public IReadOnlyDictionary<string, TimeSpan> Stop()
    {
        var end = Read(_processes);
        return _start.ToDictionary(s => s.Key, s => end.GetValueOrDefault(s.Key) - s.Value);
    }

    private static Dictionary<string, TimeSpan> Read(IReadOnlyDictionary<string, int> processes)
    {
        var cpu = processes.ToDictionary(p => p.Key, p => ProcessTree.Cpu(p.Value));
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        cpu[Client] = self.TotalProcessorTime;
        return cpu;
    }
}
