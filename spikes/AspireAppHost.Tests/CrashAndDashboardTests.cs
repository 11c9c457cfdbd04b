using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Xunit;

namespace Finsam.Spike.Tests;

public sealed class CrashAndDashboardTests
{
    [Fact]
    public async Task With_the_dashboard_on_a_killed_service_is_started_again()
    {
        var ct = TestContext.Current.CancellationToken;
        var data = Path.Combine(Path.GetTempPath(), "finsam-aspire-spike-test-" + Guid.NewGuid().ToString("N"));
        Environment.SetEnvironmentVariable("FINSAM_SPIKE_DATA", data);
        try
        {
            var appHost = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AspireAppHost>([],
                (options, _) => options.DisableDashboard = false, ct);
            await using var app = await appHost.BuildAsync(ct);
            await app.StartAsync(ct);

            await app.ResourceNotifications.WaitForResourceAsync("aspire-dashboard", KnownResourceStates.Running, ct).WaitAsync(TimeSpan.FromSeconds(60), ct);
            var healthy = await app.ResourceNotifications.WaitForResourceHealthyAsync("funding", ct).WaitAsync(TimeSpan.FromSeconds(120), ct);
            var pid = Convert.ToInt32(healthy.Snapshot.Properties.Single(p => p.Name == "executable.pid").Value);
            TestContext.Current.TestOutputHelper?.WriteLine($"funding pid {pid}; properties: {string.Join(", ", healthy.Snapshot.Properties.Select(p => p.Name))}");

            // The pid is `dotnet run`'s: kill the service it runs.
            foreach (var child in Directory.GetDirectories("/proc").Select(Path.GetFileName).Where(n => int.TryParse(n, out _)))
            {
                try
                {
                    var stat = File.ReadAllText($"/proc/{child}/stat");
                    var ppid = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1]);
                    if (ppid == pid) { Process.GetProcessById(int.Parse(child!)).Kill(); }
                }
                catch (IOException) { }
            }

            var restarted = await app.ResourceNotifications.WaitForResourceAsync("funding",
                e => e.Snapshot.Properties.Any(p => p.Name == CrashRestarter.RestartsProperty) && e.Snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, ct)
                .WaitAsync(TimeSpan.FromSeconds(120), ct);
            Assert.Equal(1, Convert.ToInt32(restarted.Snapshot.Properties.Single(p => p.Name == CrashRestarter.RestartsProperty).Value));
        }
        finally
        {
            Environment.SetEnvironmentVariable("FINSAM_SPIKE_DATA", null);
        }
    }
}
