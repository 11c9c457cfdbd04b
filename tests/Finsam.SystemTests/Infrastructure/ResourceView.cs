using System.Globalization;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Finsam.SystemTests.Infrastructure;

// A resource as the AppHost's model shows it (and the dashboard with it).
public sealed record ResourceView(string? State, HealthStatus? Health, int? ProcessId, int Restarts, DateTime? StartTime, int? ExitCode)
{
    public bool IsHealthy => State == KnownResourceStates.Running && Health == HealthStatus.Healthy;

    public static ResourceView Of(CustomResourceSnapshot snapshot)
    {
        var pid = Property(snapshot, "executable.pid");
        var restarts = Property(snapshot, "finsam.restarts");
        return new(
            snapshot.State?.Text,
            snapshot.HealthStatus,
            pid is null ? null : ServiceProcess(int.Parse(pid, CultureInfo.InvariantCulture)),
            restarts is null ? 0 : int.Parse(restarts, CultureInfo.InvariantCulture),
            snapshot.StartTimeStamp,
            snapshot.ExitCode);
    }

    private static string? Property(CustomResourceSnapshot snapshot, string name) =>
        snapshot.Properties.FirstOrDefault(p => p.Name == name)?.Value?.ToString();

    // The AppHost runs a built project as `dotnet exec` of its assembly, the service itself; a
    // project it finds no build of Aspire runs through `dotnet run`, whose one child is the
    // service: the process that a crash would take down.
    private static int ServiceProcess(int pid)
    {
        var command = ReadCommandLine(pid);
        if (!command.StartsWith("dotnet run", StringComparison.Ordinal))
        {
            return pid;
        }
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var child) && ParentOf(child) == pid)
            {
                return child;
            }
        }
        return pid;
    }

    private static string ReadCommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
    }

    private static int? ParentOf(int pid)
    {
        try
        {
            // "pid (comm) state ppid ...": the name may hold spaces, so read after its ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
