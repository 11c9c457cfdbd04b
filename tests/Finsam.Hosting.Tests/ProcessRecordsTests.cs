using System.Diagnostics;
using Finsam.Hosting.Orchestration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Finsam.Hosting.Tests;

public sealed class ProcessRecordsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("finsam-records-").FullName;

    [Fact]
    public async Task A_process_left_by_a_killed_apphost_is_stopped_at_the_next_start()
    {
        using var leftover = Process.Start(new ProcessStartInfo("sleep", ["300"]))!;
        new ProcessRecords(_folder, NullLogger.Instance).Record("funding", leftover.Id, Signals.SigTerm);

        await new ProcessRecords(_folder, NullLogger.Instance).StopLeftoversAsync(TimeSpan.FromSeconds(10));

        await leftover.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task A_pid_reused_by_another_process_is_left_alone()
    {
        using var stranger = Process.Start(new ProcessStartInfo("sleep", ["300"]))!;
        try
        {
            // The record names the stranger's pid but another start time: a reused pid.
            File.WriteAllText(Path.Combine(_folder, "funding.pid"), $"{stranger.Id} 1 15");

            await new ProcessRecords(_folder, NullLogger.Instance).StopLeftoversAsync(TimeSpan.FromSeconds(1));

            Assert.False(stranger.HasExited);
            Assert.Empty(Directory.GetFiles(_folder));
        }
        finally
        {
            stranger.Kill();
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
