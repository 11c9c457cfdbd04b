using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Finsam.Contracts.Budget.V1;
using Finsam.SystemTests.Budget;
using Finsam.SystemTests.Infrastructure;
using Grpc.Core;
using Microsoft.Playwright;

namespace Finsam.SystemTests.Dashboard;

// An operator at the Aspire dashboard of the running system, in a real browser: one request
// followed through traces, console and structured logs; a service restarted from the
// Resources page; a crash and its restart seen; every resource listed and no secret shown.
[Collection(SystemCollection.Name)]
public sealed class DashboardBrowserTests(FinsamSystem system)
{
    // What the dashboard shows for a value it masks (environment variables, parameters).
    private const string Masked = "●●●●●●●●";

    // A restart waits for the service's health checks; a crash adds the restarter's back-off.
    private static readonly TimeSpan RestartLimit = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task One_budget_request_is_followed_through_traces_console_logs_and_structured_logs()
    {
        var id = await SundsvallBudget.SetUpAsync(system);
        var budget = $"federations/{id}/budgets/2022";
        var traceId = Hex(16);
        await system.Budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = budget },
            new Metadata { { "traceparent", $"00-{traceId}-{Hex(8)}-01" } });

        await using var browser = await DashboardBrowser.SignInAsync(system.App.DashboardLoginUrl);
        var page = browser.Page;
        await browser.RunAsync("request", async () =>
        {
            // Traces: the list filtered to the request's trace id (the filter the Filters
            // dialog writes into the URL); its row opens the trace.
            await browser.OpenAsync($"/traces?filters=trace.traceid:equals:{traceId}");
            var listed = page.GetByRole(AriaRole.Gridcell, new() { NameRegex = new($"Trace Id: {traceId}") });
            await browser.WaitForAsync(listed.CountAsync, count => count == 1, reload: true);
            await DashboardBrowser.ClickUntilAsync(listed, page.GetByText("Total spans"));
            await page.WaitForURLAsync($"**/traces/detail/{traceId}");

            // Every service the request went through, and each one's database calls. The
            // budget's own server span ends last, so it may come in a later export.
            string[] services = ["gateway", "budget", "funding", "grants"];
            var spans = await browser.WaitForAsync(browser.SpansAsync, spans =>
                services.All(service => spans.Any(s => s.Resource == service))
                && services.Skip(1).All(service => spans.Any(s => s.Resource == service && IsDatabaseCall(s.Label, service)))
                && spans.Any(s => s.Resource == "budget" && s.Name.Contains("ComputeBudget", StringComparison.Ordinal)), reload: true);
            Assert.Contains(spans, s => s.Resource == "gateway" && s.Name.Contains("finsam.budget.v1.BudgetService", StringComparison.Ordinal));
            Assert.Contains(spans, s => s.Resource == "budget" && s.Name.Contains("finsam.funding.v1.FundingService", StringComparison.Ordinal));
            Assert.Contains(spans, s => s.Resource == "budget" && s.Name.Contains("finsam.grants.v1.GrantsService", StringComparison.Ordinal));
            Assert.Contains(spans, s => s.Resource == "funding" && s.Name.Contains("FundingService", StringComparison.Ordinal));
            Assert.Contains(spans, s => s.Resource == "grants" && s.Name.Contains("GrantsService", StringComparison.Ordinal));

            // A span opens its details: the budget's own call, then one of funding's database calls.
            await DashboardBrowser.ClickUntilAsync(
                page.GetByRole(AriaRole.Gridcell, new() { NameRegex = new(@"^budget: POST \/finsam\.budget\.v1\.BudgetService\/ComputeBudget") }),
                page.GetByTitle(new Regex(@"^budget: POST \/finsam\.budget\.v1\.BudgetService\/ComputeBudget \(")));
            await browser.WaitForAsync(() => DashboardBrowser.PropertiesAsync(page.Locator("body")),
                shown => shown.GetValueOrDefault("service.name") == "budget"
                    && shown.GetValueOrDefault("Name", "").Contains("ComputeBudget", StringComparison.Ordinal));
            await DashboardBrowser.ClickUntilAsync(
                page.GetByRole(AriaRole.Gridcell, new() { NameRegex = new("^funding: postgresql") }).First,
                page.GetByTitle(new Regex(@"^funding: postgresql \(")));
            // (The pane fills in a section at a time: read until all of it is there.)
            await browser.WaitForAsync(() => DashboardBrowser.PropertiesAsync(page.Locator("body")),
                shown => shown.GetValueOrDefault("service.name") == "funding"
                    && shown.GetValueOrDefault("db.system.name") == "postgresql"
                    && shown.GetValueOrDefault("Source") == "Npgsql"
                    && shown.GetValueOrDefault("Destination") == "fundingdb");
            await browser.ScreenshotAsync("trace-waterfall");

            // Console logs: the budget service's own line about this request.
            await browser.OpenAsync("/consolelogs/resource/budget");
            await browser.ConsoleLinesWithAsync($"Computed {budget}",
                lines => lines.Any(l => l.Text.StartsWith($"Computed {budget} version", StringComparison.Ordinal)));
            await browser.ScreenshotAsync("console-logs-budget");

            // Structured logs of the trace: the same entry, from budget, linking back to the trace.
            await browser.OpenAsync($"/structuredlogs?traceId={traceId}");
            await browser.FilterAsync("Message filter", $"Computed {budget}");
            var entry = page.GetByRole(AriaRole.Row).Filter(new() { HasText = $"Computed {budget} version" });
            var entries = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Gridcell) });
            await browser.WaitForAsync(async () => (await entry.CountAsync(), await entries.CountAsync()), counts => counts == (1, 1));
            var cells = await entry.GetByRole(AriaRole.Gridcell).AllInnerTextsAsync();
            Assert.Equal("budget", cells[0].Trim());
            Assert.Equal("Information", cells[1].Trim());
            await browser.ScreenshotAsync("structured-logs");
            await entry.GetByRole(AriaRole.Link, new() { Name = traceId[..7], Exact = true }).ClickAsync();
            await page.WaitForURLAsync(new Regex($"/traces/detail/{traceId}"));

            // Metrics: the gateway's request durations.
            await browser.OpenAsync("/metrics/resource/gateway?meter=Microsoft.AspNetCore.Hosting&instrument=http.server.request.duration");
            await page.GetByRole(AriaRole.Heading, new() { Name = "http.server.request.duration", Exact = true }).WaitForAsync();
            await page.GetByText("P50 Seconds").First.WaitForAsync();
            await browser.ScreenshotAsync("metrics-gateway");
        });
    }

    [Fact]
    public async Task A_service_restarted_from_the_resources_page_comes_back_healthy_as_a_new_process()
    {
        await system.App.ResourceNotifications.WaitForResourceHealthyAsync("grants").WaitAsync(RestartLimit);
        var before = system.App.Resource("grants");
        await using var browser = await DashboardBrowser.SignInAsync(system.App.DashboardLoginUrl);
        await browser.RunAsync("restart", async () =>
        {
            await browser.WaitForAsync(() => browser.ResourceStateAsync("grants"), state => state == "Running");
            var shownBefore = await browser.ResourceDetailsAsync("grants");
            Assert.Equal(ProcessIdOf("grants"), shownBefore["Process ID"]);
            await browser.ScreenshotAsync("resources");

            await browser.ResourceActionAsync("grants", "Restart");

            var after = await browser.WaitForAsync(() => Task.FromResult(system.App.Resource("grants")),
                now => now.ProcessId != before.ProcessId && now.IsHealthy, RestartLimit);
            Assert.True(after.StartTime > before.StartTime, $"Started {after.StartTime:O}, before {before.StartTime:O}.");

            // A fresh Resources page, as the operator sees it once the health checks pass.
            await browser.OpenAsync("/");
            await browser.WaitForAsync(() => browser.ResourceStateAsync("grants"), state => state == "Running");
            var shownAfter = await browser.ResourceDetailsAsync("grants");
            Assert.Equal("Healthy", shownAfter["Health state"]);
            Assert.NotEqual(shownBefore["Process ID"], shownAfter["Process ID"]);
            Assert.Equal(ProcessIdOf("grants"), shownAfter["Process ID"]);
            Assert.True(DashboardBrowser.ShownTime(shownAfter["Start time"]) > DashboardBrowser.ShownTime(shownBefore["Start time"]),
                $"Start time {shownAfter["Start time"]} is not after {shownBefore["Start time"]}.");
            await browser.ScreenshotAsync("resources-after-restart");
        });
    }

    [Fact]
    public async Task A_crashed_service_shows_its_restarts_and_its_console_from_before_the_crash()
    {
        await system.App.ResourceNotifications.WaitForResourceHealthyAsync("documents").WaitAsync(RestartLimit);

        await using var browser = await DashboardBrowser.SignInAsync(system.App.DashboardLoginUrl);
        await browser.RunAsync("crash", async () =>
        {
            // A request whose path no other makes: its line in the console marks "before the
            // crash", and the crash comes only once the dashboard shows that line.
            var marker = Federations.NewId("fore-kraschen");
            using (var anonymous = new HttpClient { BaseAddress = system.GatewayHttp })
            {
                using var _ = await anonymous.GetAsync(new Uri($"/v1/federations/{marker}/documents/2022/versions/1/files/pdf", UriKind.Relative));
            }
            await browser.OpenAsync("/consolelogs/resource/documents");
            var before = await browser.ConsoleLinesWithAsync(marker,
                lines => lines.Any(l => l.Text.StartsWith("Request finished", StringComparison.Ordinal)));
            await browser.ScreenshotAsync("console-logs-before-crash");

            var crashed = system.App.Resource("documents");
            Process.GetProcessById(crashed.ProcessId!.Value).Kill();
            var restarted = await browser.WaitForAsync(() => Task.FromResult(system.App.Resource("documents")),
                now => now.Restarts > crashed.Restarts && now.ProcessId != crashed.ProcessId && now.IsHealthy, RestartLimit);

            await browser.OpenAsync("/");
            await browser.WaitForAsync(() => browser.ResourceStateAsync("documents"), state => state == "Running");
            // The restart count is a property of our own: shown with "Show all properties".
            var details = await browser.ResourceDetailsAsync("documents", allProperties: true);
            Assert.Equal($"{restarted.Restarts}", details.GetValueOrDefault("finsam.restarts"));
            Assert.Equal("Healthy", details["Health state"]);
            Assert.Equal(ProcessIdOf("documents"), details["Process ID"]);
            await browser.ScreenshotAsync("resource-details-after-crash");

            // The console still holds the line from before the crash, then the exit, then a new
            // start (filtered, each line keeps its number in the whole log).
            await browser.OpenAsync("/consolelogs/resource/documents");
            // (Numbers are compared within this page only: a reload may number the log afresh.)
            var kept = await browser.ConsoleLinesWithAsync(marker, lines => before.All(b => lines.Any(l => l.Text == b.Text)));
            var exits = await browser.ConsoleLinesWithAsync("Exited with code", lines => lines.Any(l => l.Number > kept.Max(k => k.Number)));
            await browser.ConsoleLinesWithAsync("Application started.", lines => lines.Any(l => l.Number > exits.Max(e => e.Number)));
            await browser.ScreenshotAsync("console-logs-after-crash");
        });
    }

    [Fact]
    public async Task The_resources_page_lists_every_resource_and_shows_no_secret()
    {
        string[] expected = ["postgres", "identitydb", "fundingdb", "grantsdb", "budgetdb", "documentsdb", "webdb",
            "identity", "funding", "grants", "budget", "documents", "gateway", "web"];
        var secrets = SecretsOfTheDataFolder();
        Assert.Contains(Tokens.AdminClientSecret(system.App.DataDirectory), secrets);

        await using var browser = await DashboardBrowser.SignInAsync(system.App.DashboardLoginUrl);
        var page = browser.Page;
        await browser.RunAsync("secrets", async () =>
        {
            // Every resource and nothing else: the dashboard's own resource stays hidden.
            var names = await browser.WaitForAsync(browser.ResourceNamesAsync, shown => expected.All(shown.Contains));
            Assert.Equal(expected.Order(), names.Order());
            await browser.ScreenshotAsync("resources-all");

            // Identity's environment names its secrets, with their values masked.
            var identity = await browser.ResourceDetailsAsync("identity");
            foreach (var variable in new[] { "Identity__BootstrapClientSecret", "Identity__SigningKey", "Identity__EncryptionKey", "ConnectionStrings__identitydb" })
            {
                Assert.Equal(Masked, identity.GetValueOrDefault(variable));
            }
            await browser.ScreenshotAsync("resource-details-identity");
            AssertShowsNoSecret(await page.ContentAsync(), secrets, "identity's details");

            await browser.OpenAsync("/");
            await browser.ResourceDetailsAsync("postgres");
            AssertShowsNoSecret(await page.ContentAsync(), secrets, "postgres' details");

            // The parameters (our generated secrets) are listed, masked too.
            await browser.OpenAsync("/?view=Parameters");
            var parameter = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "admin-client-secret" });
            await parameter.WaitForAsync();
            Assert.Contains(Masked, await parameter.InnerTextAsync());
            await browser.ScreenshotAsync("parameters");
            AssertShowsNoSecret(await page.ContentAsync(), secrets, "the parameters");

            // Without the login link's cookie the dashboard asks for the token, and shows nothing.
            var stranger = await browser.NewAnonymousPageAsync();
            await stranger.GotoAsync(browser.Root.ToString());
            await stranger.WaitForURLAsync(new Regex("/login"));
            AssertShowsNoSecret(await stranger.ContentAsync(), secrets, "the login page");
            Assert.DoesNotContain("identity", await stranger.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
        });
    }

    private static bool IsDatabaseCall(string label, string service) =>
        label.StartsWith($"{service}: postgresql", StringComparison.Ordinal) && label.Contains($"{service}db", StringComparison.Ordinal);

    // The process id the dashboard shows: the model's executable.pid (the service's own, run by `dotnet exec`).
    private string? ProcessIdOf(string resource) =>
        system.App.ResourceNotifications.TryGetCurrentState(resource, out var current)
            ? current.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value?.ToString()
            : null;

    // Every generated secret of the system's data folder, a line at a time (keys are PEM).
    private List<string> SecretsOfTheDataFolder() =>
        [.. Directory.GetFiles(Path.Combine(system.App.DataDirectory, "secrets"))
            .SelectMany(File.ReadAllLines)
            .Select(line => line.Trim())
            .Where(line => line.Length >= 12)];

    private static void AssertShowsNoSecret(string html, IEnumerable<string> secrets, string where)
    {
        Assert.DoesNotContain("Password=", html, StringComparison.OrdinalIgnoreCase);
        foreach (var secret in secrets)
        {
            Assert.False(html.Contains(secret, StringComparison.Ordinal), $"A secret of the data folder is in the HTML of {where}.");
        }
    }

    private static string Hex(int bytes) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(bytes));
}
