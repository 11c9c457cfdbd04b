using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Finsam.SystemTests.Infrastructure;

namespace Finsam.SystemTests.Platform;

// The system as a person runs it: README's command in a shell, Ctrl+C to stop.
public sealed class EntryPointTests : IDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan StopLimit = TimeSpan.FromMinutes(1);

    private static readonly Dictionary<string, string> FreePorts = new() { ["AppHost__RandomizePorts"] = "true" };

    private readonly string _data = Path.Combine(Path.GetTempPath(), $"finsam-entry-{Guid.NewGuid():N}");

    [Fact]
    public async Task The_readme_command_starts_the_system_the_walkthrough_works_and_ctrl_c_leaves_nothing_behind()
    {
        await using var system = SystemProcess.Start(Repository.StartCommand, Repository.Root, _data, FreePorts);
        var gateway = await system.WaitUntilRunningAsync(StartLimit);

        var walkthrough = await RunBashAsync(Repository.Walkthrough, new() { ["GW"] = gateway.ToString().TrimEnd('/'), ["FINSAM_DATA_DIR"] = _data });

        Assert.True(walkthrough.ExitCode == 0, $"The walk-through failed:\n{walkthrough.Output}");
        var contributions = JsonDocument.Parse(walkthrough.Output.Trim().Split('\n')[^1]).RootElement;
        Assert.Equal(
            [("Försäkringskassan", 368_900_000L), ("Region Västernorrland", 184_450_000L), ("Sundsvalls kommun", 184_450_000L)],
            contributions.GetProperty("members").EnumerateArray().Select(m => (m.GetProperty("displayName").GetString(), m.GetProperty("amountOre").GetInt64())));

        Assert.NotEmpty(SystemProcess.ProcessesUsing(_data));
        system.Interrupt();
        await system.WaitForExitAsync(StopLimit);

        Assert.Empty(SystemProcess.ProcessesUsing(_data));
    }

    [Fact]
    public async Task After_the_apphost_is_killed_the_next_start_stops_what_it_left_and_keeps_the_data()
    {
        var appHost = $"exec dotnet \"{new Projects.Finsam_AppHost().TargetPath}\"";
        int orphanedPostgres;

        await using (var first = SystemProcess.Start(appHost, Repository.Root, _data, FreePorts))
        {
            var gateway = await first.WaitUntilRunningAsync(StartLimit);
            using var http = new HttpClient { BaseAddress = gateway };
            http.DefaultRequestHeaders.Authorization = new("Bearer",
                await Tokens.ClientCredentialsAsync(gateway, Tokens.AdminClientId, Tokens.AdminClientSecret(_data)));
            var created = await http.PostAsJsonAsync("/v1/federations?federation_id=kept", new { display_name = "Samordningsförbundet Kvar" });
            Assert.Equal(HttpStatusCode.OK, created.StatusCode);

            orphanedPostgres = int.Parse(File.ReadAllText(Path.Combine(_data, "run", "postgres.pid")).Split(' ')[0]);
            Process.Start("kill", ["-KILL", first.Id.ToString()]).WaitForExit();
            await first.WaitForExitAsync(StopLimit);
            Assert.True(IsAlive(orphanedPostgres), "Killing the AppHost alone should leave its PostgreSQL running.");

            await using var second = SystemProcess.Start(appHost, Repository.Root, _data, FreePorts);
            gateway = await second.WaitUntilRunningAsync(StartLimit);

            Assert.False(IsAlive(orphanedPostgres), "The second start should have stopped the PostgreSQL left behind.");
            using var http2 = new HttpClient { BaseAddress = gateway };
            http2.DefaultRequestHeaders.Authorization = new("Bearer",
                await Tokens.ClientCredentialsAsync(gateway, Tokens.AdminClientId, Tokens.AdminClientSecret(_data)));
            var kept = await http2.GetFromJsonAsync<JsonElement>("/v1/federations/kept");
            Assert.Equal("Samordningsförbundet Kvar", kept.GetProperty("displayName").GetString());

            second.Interrupt();
            await second.WaitForExitAsync(StopLimit);
        }

        Assert.Empty(SystemProcess.ProcessesUsing(_data));
    }

    [Fact]
    public async Task Without_postgresql_binaries_the_apphost_says_how_to_install_them_and_exits()
    {
        var appHost = $"exec dotnet \"{new Projects.Finsam_AppHost().TargetPath}\"";
        await using var system = SystemProcess.Start(appHost, Repository.Root, _data,
            new Dictionary<string, string>(FreePorts) { ["AppHost__PostgresBinDirectory"] = "/nonexistent/bin" });

        var exitCode = await system.WaitForExitAsync(StartLimit);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("sudo apt-get install -y postgresql", system.Output);
        Assert.Empty(SystemProcess.ProcessesUsing(_data));
    }

    private static bool IsAlive(int pid) => Directory.Exists($"/proc/{pid}") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ");

    private static async Task<(int ExitCode, string Output)> RunBashAsync(string script, Dictionary<string, string> environment)
    {
        var startInfo = new ProcessStartInfo("bash", ["-euo", "pipefail", "-c", script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }
        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        return (process.ExitCode, await output + await error);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
