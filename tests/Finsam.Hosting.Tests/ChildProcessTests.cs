using System.Diagnostics;
using Finsam.Hosting.Orchestration;

namespace Finsam.Hosting.Tests;

public sealed class ChildProcessTests
{
    [Fact]
    public async Task A_child_that_ignores_sigterm_is_killed_after_the_grace_period()
    {
        var lines = new List<string>();
        // The child says it is ready only after its trap is set, so the signal finds it in place.
        var child = ChildProcess.Start(
            new ProcessStartInfo("bash", ["-c", "trap '' TERM; echo ready; while true; do sleep 0.1; done"]),
            (_, line) => { lock (lines) lines.Add(line); });
        await WaitUntil(() => { lock (lines) return lines.Contains("ready"); });

        await child.StopAsync(Signals.SigTerm, TimeSpan.FromMilliseconds(500));

        Assert.True(child.Exited.IsCompleted);
        Assert.False(Signals.IsAlive(child.Id));
    }

    [Fact]
    public async Task A_child_that_honours_sigterm_stops_by_itself()
    {
        var child = ChildProcess.Start(new ProcessStartInfo("sleep", ["300"]), (_, _) => { });

        await child.StopAsync(Signals.SigTerm, TimeSpan.FromSeconds(30));

        // sleep ends on SIGTERM by default: killed by signal 15, exit code 143.
        Assert.Equal(143, child.ExitCode);
    }

    [Fact]
    public async Task Console_output_is_captured_line_by_line_from_both_streams()
    {
        var lines = new List<(bool IsError, string Text)>();
        var child = ChildProcess.Start(
            new ProcessStartInfo("bash", ["-c", "echo one; echo two >&2; echo three"]),
            (isError, line) => { lock (lines) lines.Add((isError, line)); });

        await child.Exited;

        Assert.Equal([(false, "one"), (false, "three")], lines.Where(l => !l.IsError));
        Assert.Equal([(true, "two")], lines.Where(l => l.IsError));
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition never held.");
            await Task.Delay(20);
        }
    }
}
