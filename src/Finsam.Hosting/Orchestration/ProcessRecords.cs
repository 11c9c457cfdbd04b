using Microsoft.Extensions.Logging;

namespace Finsam.Hosting.Orchestration;

// A pid file per child, with the process's start time so a reused pid is never taken
// for ours. When the AppHost itself was killed, its next start stops what is left.
internal sealed class ProcessRecords(string folder, ILogger logger)
{
    public void Record(string instance, int pid, int stopSignal) =>
        File.WriteAllText(PathOf(instance), $"{pid} {StartTicks(pid)} {stopSignal}");

    public void Forget(string instance) => File.Delete(PathOf(instance));

    public async Task StopLeftoversAsync(TimeSpan grace)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*.pid"))
        {
            var parts = File.ReadAllText(file).Split(' ');
            if (parts.Length == 3 && int.TryParse(parts[0], out var pid) && int.TryParse(parts[2], out var signal)
                && Signals.IsAlive(pid) && StartTicks(pid) == parts[1])
            {
                var instance = Path.GetFileNameWithoutExtension(file);
                logger.LogWarning("Stopping {Instance} (pid {Pid}), left running by an AppHost that did not stop cleanly.", instance, pid);
                Signals.Send(pid, signal);
                var deadline = DateTime.UtcNow + grace;
                while (Signals.IsAlive(pid) && DateTime.UtcNow < deadline)
                {
                    await Task.Delay(100);
                }
                if (Signals.IsAlive(pid))
                {
                    Signals.Send(pid, Signals.SigKill);
                }
            }
            File.Delete(file);
        }
    }

    private string PathOf(string instance) => Path.Combine(folder, $"{instance}.pid");

    // Field 22 of /proc/{pid}/stat: when the process started, in clock ticks since boot.
    private static string StartTicks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var afterName = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return afterName[19];
        }
        catch (IOException)
        {
            return "gone";
        }
    }
}
