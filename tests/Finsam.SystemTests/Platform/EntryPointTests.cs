using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Finsam.SystemTests.Infrastructure;

namespace Finsam.SystemTests.Platform;

// The system as a person runs it: README's command in a shell, Ctrl+C to stop.
public sealed class EntryPointTests : IDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan StopLimit = TimeSpan.FromMinutes(1);

    // Aspire's own setting: every resource's endpoints on free ports (the gateway's 5080/5081 too).
    private static readonly Dictionary<string, string> FreePorts = new() { ["DcpPublisher__RandomizePorts"] = "true" };

    // The AppHost started without `dotnet run` gets what its http launch profile would give it.
    private static readonly Dictionary<string, string> AsLaunchProfile = new(FreePorts)
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["DOTNET_ENVIRONMENT"] = "Development",
        ["ASPNETCORE_URLS"] = "http://localhost:18888",
        ["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true",
        ["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = "http://localhost:18889",
        ["ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"] = "http://localhost:18890",
        ["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = "http://localhost:18887",
    };

    private static readonly TimeSpan CleanUpLimit = TimeSpan.FromMinutes(1);

    private readonly string _data = Path.Combine(Path.GetTempPath(), $"finsam-entry-{Guid.NewGuid():N}");
    private readonly string _walkthrough = Path.Combine(Path.GetTempPath(), $"finsam-walkthrough-{Guid.NewGuid():N}");

    [Fact]
    public async Task The_readme_command_starts_the_system_the_walkthrough_works_and_ctrl_c_leaves_nothing_behind()
    {
        await using var system = SystemProcess.Start(Repository.StartCommand, Repository.Root, _data, FreePorts);
        var gateway = await system.WaitUntilRunningAsync(StartLimit);

        var grpc = await system.GatewayGrpcAsync();
        var blocks = Repository.Walkthrough;
        Assert.Equal(5, blocks.Count);
        var walkthrough = await RunBashAsync(blocks, new()
        {
            ["GW"] = gateway.ToString().TrimEnd('/'),
            ["GRPC"] = grpc.ToString().TrimEnd('/'),
            ["FINSAM_DATA_DIR"] = _data,
        });

        Assert.True(walkthrough.ExitCode == 0, $"The walk-through failed:\n{walkthrough.Output}\n{walkthrough.Error}");
        var (funding, overGrpc, grants, budget, documents) = (walkthrough.Blocks[0], walkthrough.Blocks[1], walkthrough.Blocks[2], walkthrough.Blocks[3], walkthrough.Blocks[4]);

        // Member funding: what each member pays.
        var contributions = JsonDocument.Parse(funding[^1]).RootElement;
        Assert.Equal(
            [("Försäkringskassan", 368_900_000L), ("Region Västernorrland", 184_450_000L), ("Sundsvalls kommun", 184_450_000L)],
            contributions.GetProperty("members").EnumerateArray().Select(m => (m.GetProperty("displayName").GetString(), m.GetProperty("amountOre").GetInt64())));

        // The same service over gRPC, with curl and protoc as README has them.
        Assert.Contains("1: \"federations/sundsvall\"", overGrpc);
        Assert.Contains("2: \"Samordningsf\\303\\266rbundet Sundsvall\"", overGrpc);

        // Effort grants: applied, decided, granted, and in the public catalogue.
        Assert.Equal(["EFFORT_STATUS_DRAFT", "EFFORT_STATUS_APPLIED", "Dnr 2021/45", "EFFORT_STATUS_GRANTED", "[\"Arbetskonsulenter\"]"], grants);

        // The budget: 2022 as README reads it, then proposed and adopted.
        Assert.Equal(
            [
                "federations/sundsvall/budgets/2022",
                "{\"year\":2022,\"incomeOre\":737800000,\"costsOre\":731700000,\"resultOre\":6100000,\"equityOre\":129400000}",
                "BUDGET_STATUS_PROPOSED",
                "BUDGET_STATUS_ADOPTED 2021-11-26 Dnr 2021/50",
            ],
            budget);

        // The plan document: published from the adopted budget, public, with its figures filled in.
        Assert.Equal(
            [
                "federations/sundsvall/documentTemplate",
                "federations/sundsvall/planTexts/2022",
                "federations/sundsvall/documents/2022/versions/1",
                "Dnr 2021/50",
                "{\"version\":1,\"adoptedOn\":\"2021-11-26\",\"files\":[\"FILE_FORMAT_DOCX\",\"FILE_FORMAT_PDF\",\"FILE_FORMAT_HTML\"]}",
                "Förbundets intäkter 2022 är 7 378 000 kr, kostnaderna 7 317 tkr.",
            ],
            documents);
        var pdf = Path.Combine(_walkthrough, "verksamhetsplan-2022.pdf");
        Assert.StartsWith("%PDF-", File.ReadAllText(pdf)[..5]);
        var pdfText = Regex.Replace(Normalize(await PdfTextAsync(pdf)), @"\s+", " ");
        Assert.Contains("Antagen av styrelsen för Samordningsförbundet den 2021-11-26", pdfText);
        Assert.Contains("Dnr 2021/50", pdfText);
        Assert.Contains("Förbundets intäkter 2022 är 7 378 000 kr", pdfText);
        Assert.DoesNotContain("UTKAST", pdfText);

        Assert.NotEmpty(SystemProcess.ProcessesUsing(_data));
        system.Interrupt();
        await system.WaitForExitAsync(StopLimit);

        // DCP's controllers finish their clean-up a few seconds after the AppHost has gone.
        await SystemProcess.WaitUntilNoneUseAsync(_data, CleanUpLimit);
        Assert.Empty(SystemProcess.ProcessesUsing(_data));
    }

    [Fact]
    public async Task After_the_apphost_is_killed_what_it_started_stops_and_the_next_start_keeps_the_data()
    {
        var appHost = $"exec dotnet \"{Repository.AppHostAssembly}\"";

        await using (var first = SystemProcess.Start(appHost, Repository.Root, _data, AsLaunchProfile))
        {
            var gateway = await first.WaitUntilRunningAsync(StartLimit);
            using var http = new HttpClient { BaseAddress = gateway };
            http.DefaultRequestHeaders.Authorization = new("Bearer",
                await Tokens.ClientCredentialsAsync(gateway, Tokens.AdminClientId, Tokens.AdminClientSecret(_data)));
            var created = await http.PostAsJsonAsync("/v1/federations?federation_id=kept", new { display_name = "Samordningsförbundet Kvar" });
            Assert.Equal(HttpStatusCode.OK, created.StatusCode);

            // SIGKILL: the AppHost gets no chance to stop anything. DCP watches it and does.
            Process.Start("kill", ["-KILL", first.Id.ToString()]).WaitForExit();
            await first.WaitForExitAsync(StopLimit);
            await SystemProcess.WaitUntilNoneUseAsync(_data, CleanUpLimit);
            Assert.Empty(SystemProcess.ProcessesUsing(_data));
        }

        await using var second = SystemProcess.Start(appHost, Repository.Root, _data, AsLaunchProfile);
        var again = await second.WaitUntilRunningAsync(StartLimit);
        using var http2 = new HttpClient { BaseAddress = again };
        http2.DefaultRequestHeaders.Authorization = new("Bearer",
            await Tokens.ClientCredentialsAsync(again, Tokens.AdminClientId, Tokens.AdminClientSecret(_data)));
        var kept = await http2.GetFromJsonAsync<JsonElement>("/v1/federations/kept");
        Assert.Equal("Samordningsförbundet Kvar", kept.GetProperty("displayName").GetString());

        second.Interrupt();
        await second.WaitForExitAsync(StopLimit);
        await SystemProcess.WaitUntilNoneUseAsync(_data, CleanUpLimit);
        Assert.Empty(SystemProcess.ProcessesUsing(_data));
    }

    [Fact]
    public async Task Without_postgresql_binaries_the_apphost_says_how_to_install_them_and_exits()
    {
        var appHost = $"exec dotnet \"{Repository.AppHostAssembly}\"";
        await using var system = SystemProcess.Start(appHost, Repository.Root, _data,
            new Dictionary<string, string>(AsLaunchProfile) { ["AppHost__PostgresBinDirectory"] = "/nonexistent/bin" });

        var exitCode = await system.WaitForExitAsync(StartLimit);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("sudo apt-get install -y postgresql", system.Output);
        Assert.DoesNotContain("   at ", system.Output);
        Assert.Empty(SystemProcess.ProcessesUsing(_data));
    }

    private static bool IsAlive(int pid) => Directory.Exists($"/proc/{pid}") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ");

    private static string Normalize(string text) => text.Replace('\u00a0', ' ').Replace('\u202f', ' ');

    private static async Task<string> PdfTextAsync(string pdf)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", [pdf, "-"]) { RedirectStandardOutput = true })!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return text;
    }

    // README's walk-through blocks in one shell, in a folder of its own (the files it
    // downloads land there); each block's output lines apart, spaces normalised.
    private async Task<(int ExitCode, string Output, string Error, List<string[]> Blocks)> RunBashAsync(IReadOnlyList<string> blocks, Dictionary<string, string> environment)
    {
        const string Separator = "::walkthrough-block::";
        var script = string.Concat(blocks.Select(block => $"echo '{Separator}'\n{block}\n"));
        Directory.CreateDirectory(_walkthrough);
        var startInfo = new ProcessStartInfo("bash", ["-euo", "pipefail", "-c", script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _walkthrough,
        };
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }
        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        var stdout = await output;
        var parts = Normalize(stdout).Split(Separator + "\n").Skip(1)
            .Select(part => part.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToArray())
            .ToList();
        return (process.ExitCode, stdout, await error, parts);
    }

    public void Dispose()
    {
        foreach (var folder in new[] { _data, _walkthrough })
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (DirectoryNotFoundException)
            {
            }
        }
    }
}
