using System.Diagnostics;

namespace Finsam.Hosting.Orchestration;

// One child process with its console captured line by line.
internal sealed class ChildProcess
{
    private readonly Process _process;

    private ChildProcess(Process process, Task exited)
    {
        _process = process;
        Exited = exited;
    }

    public int Id => _process.Id;

    public Task Exited { get; }

    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    public static ChildProcess Start(ProcessStartInfo startInfo, Action<bool, string> onLine)
    {
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.RedirectStandardInput = true;
        startInfo.UseShellExecute = false;

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) onLine(false, e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) onLine(true, e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ChildProcess(process, process.WaitForExitAsync());
    }

    // Asks politely with the given signal, and kills the process (and anything it
    // started) when it has not gone within the grace period.
    public async Task StopAsync(int signal, TimeSpan grace)
    {
        if (Exited.IsCompleted)
        {
            return;
        }
        Signals.Send(Id, signal);
        if (await Task.WhenAny(Exited, Task.Delay(grace)) != Exited)
        {
            try
            {
                _process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Gone in the meantime.
            }
            await Exited;
        }
    }
}
