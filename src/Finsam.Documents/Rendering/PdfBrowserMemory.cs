using System.Diagnostics.Metrics;
using System.Globalization;

namespace Finsam.Documents.Rendering;

// The PDF browser's memory, apart from the service's own (process.memory.usage counts only
// the .NET process): the proportional set size (shared pages split between the processes
// that share them, so the sum is what they cost together) of every process this one started,
// which are the Playwright driver and Chromium's processes. Zero while the browser is closed.
// Read from /proc when the metric is collected; elsewhere than Linux nothing is reported.
public sealed class PdfBrowserMemory : IDisposable
{
    public const string MeterName = "Finsam.Documents.PdfBrowser";

    private readonly Meter _meter = new(MeterName);

    public PdfBrowserMemory() =>
        _meter.CreateObservableGauge("finsam.documents.pdf_browser.memory", Measure, unit: "By",
            description: "Memory of the PDF browser (Chromium and its driver): the sum of their proportional set sizes.");

    private static IEnumerable<Measurement<long>> Measure() =>
        OperatingSystem.IsLinux() ? [new Measurement<long>(Bytes())] : [];

    public static long Bytes() => DescendantsOf(Environment.ProcessId).Sum(ProportionalSetSize);

    private static List<int> DescendantsOf(int root)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid) && ParentOf(pid) is { } parent)
            {
                (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(pid);
            }
        }
        var found = new List<int>();
        var pending = new Stack<int>([root]);
        while (pending.TryPop(out var pid))
        {
            foreach (var child in children.GetValueOrDefault(pid) ?? [])
            {
                found.Add(child);
                pending.Push(child);
            }
        }
        return found;
    }

    // /proc/<pid>/stat: "pid (name) state ppid ...", where the name may hold spaces and parentheses.
    private static int? ParentOf(int pid)
    {
        var stat = ReadOrNull($"/proc/{pid}/stat");
        var fields = stat?[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return fields is { Length: > 1 } && int.TryParse(fields[1], CultureInfo.InvariantCulture, out var parent) ? parent : null;
    }

    // "Pss:  12345 kB" in /proc/<pid>/smaps_rollup.
    private static long ProportionalSetSize(int pid) =>
        ReadOrNull($"/proc/{pid}/smaps_rollup")?.Split('\n')
            .FirstOrDefault(line => line.StartsWith("Pss:", StringComparison.Ordinal))?
            .Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, var kilobytes, ..]
            && long.TryParse(kilobytes, CultureInfo.InvariantCulture, out var value) ? value * 1024 : 0;

    // A process may end while it is read.
    private static string? ReadOrNull(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception gone) when (gone is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Dispose() => _meter.Dispose();
}
