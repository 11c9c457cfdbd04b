using System.Globalization;

namespace Finsam.LoadBenchmark.Processes;

// A process and everything it started (PostgreSQL's backends under the postmaster, the
// documents service's browser driver and Chromium), read from /proc.
public static class ProcessTree
{
    // /proc/<pid>/stat counts in clock ticks: USER_HZ, 100 on Linux (sysconf(_SC_CLK_TCK)).
    private const double TicksPerSecond = 100;

    // CPU time of the process and its descendants: utime + stime, plus cutime + cstime of
    // children already ended and waited for (a backend that closed its connection).
    public static TimeSpan Cpu(int root)
    {
        var ticks = 0L;
        foreach (var pid in WithDescendants(root))
        {
            if (Stat(pid) is { } fields)
            {
                // After "pid (comm) ": state is [0], utime [11], stime [12], cutime [13], cstime [14].
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)
                    + long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
            }
        }
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    // VmRSS of the one process, in MB (MiB).
    public static double RssMb(int pid) => StatusKb(pid, "VmRSS:") / 1024.0;

    // What VmRSS is made of, in MB: the process's own memory (the GC heap, native allocations),
    // mapped files (the runtime's and the assemblies' images, shared with other processes yet
    // counted in each one's RSS), and shared memory (.NET maps its JIT-compiled code and
    // stubs twice, writable and executable, through a memory file).
    public static (double Anonymous, double Files, double Shared) RssPartsMb(int pid) =>
        (StatusKb(pid, "RssAnon:") / 1024.0, StatusKb(pid, "RssFile:") / 1024.0, StatusKb(pid, "RssShmem:") / 1024.0);

    // Memory of the descendants only (not the root): proportional set sizes summed, so that
    // pages Chromium's processes share are counted once; with how many processes.
    public static (double PssMb, double RssMb, int Processes) DescendantsMemory(int root)
    {
        var descendants = WithDescendants(root).Where(pid => pid != root).ToList();
        var pss = descendants.Sum(pid => RollupKb(pid, "Pss:")) / 1024.0;
        var rss = descendants.Sum(pid => StatusKb(pid, "VmRSS:")) / 1024.0;
        return (pss, rss, descendants.Count);
    }

    // The whole tree's proportional set size (PostgreSQL's shared buffers once, not per backend).
    public static double TreePssMb(int root) => WithDescendants(root).Sum(pid => RollupKb(pid, "Pss:")) / 1024.0;

    public static IReadOnlyList<int> WithDescendants(int root)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && Stat(pid) is { } fields)
            {
                var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
                if (!children.TryGetValue(parent, out var list))
                {
                    children[parent] = list = [];
                }
                list.Add(pid);
            }
        }
        var all = new List<int> { root };
        for (var i = 0; i < all.Count; i++)
        {
            all.AddRange(children.GetValueOrDefault(all[i]) ?? []);
        }
        return all;
    }

    private static string[]? Stat(int pid)
    {
        try
        {
            // "pid (comm) state ppid ...": the name may hold spaces, so read after its ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (Exception gone) when (gone is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long StatusKb(int pid, string field) => FieldKb($"/proc/{pid}/status", field);

    private static long RollupKb(int pid, string field) => FieldKb($"/proc/{pid}/smaps_rollup", field);

    private static long FieldKb(string path, string field)
    {
        try
        {
            var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (Exception gone) when (gone is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
