using System.Diagnostics;
using Finsam.Contracts.Budget.V1;
using Finsam.SystemTests.Budget;
using Finsam.SystemTests.Infrastructure;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Finsam.SystemTests.Dashboard;

// An operator at the dashboard of the running system, in a real browser: one request
// followed through traces, console and structured logs; a service restarted from the
// Resources page; a crash and its restart seen; secrets never shown.
[Collection(SystemCollection.Name)]
public sealed class DashboardBrowserTests(FinsamSystem system)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task One_request_through_the_gateway_is_found_in_traces_console_logs_and_structured_logs()
    {
        var id = await BudgetTests.SetUpSundsvallAsync(system);
        var budget = $"federations/{id}/budgets/2022";
        var traceId = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        await system.Budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = budget },
            new Metadata { { "traceparent", $"00-{traceId}-{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8))}-01" } });
        await using var browser = await DashboardBrowser.SignInAsync(system.App.DashboardLoginUrl!);
        var page = browser.Page;

        // Traces: the list, filtered to the request's trace, opens as a waterfall.
        await browser.OpenAsync($"/traces?name={traceId}");
        await page.Locator($"a.trace-link[data-trace-id='{traceId}']").ClickAsync();
        await page.WaitForURLAsync($"**/traces/{traceId}");
        var spans = await WaitForAsync(async () =>
        {
            var rows = await page.Locator("li.span").AllAsync();
            var read = new List<(string Resource, string Name)>();
            foreach (var row in rows)
            {
                read.Add((await row.GetAttributeAsync("data-resource") ?? "", await row.Locator(".span-name").InnerTextAsync()));
            }
            return read;
        }, read => new[] { "gateway", "budget", "funding", "grants" }.All(service => read.Any(s => s.Resource == service))
            && read.Count(s => s.Name.Contains("postgresql", StringComparison.OrdinalIgnoreCase) || s.Name.Contains("budgetdb") || s.Name.Contains("fundingdb")) >= 2);
        Assert.Contains(spans, s => s.Resource == "budget" && s.Name.Contains("ComputeBudget"));
        Assert.Contains(spans, s => s.Resource == "gateway" && s.Name.Contains("finsam.budget.v1.BudgetService"));
        Assert.Contains(spans, s => s.Resource == "funding" && s.Name.Contains("FundingService"));
        await page.Locator("li.span[data-resource='budget'] .span-row").First.ClickAsync();
        await page.Locator(".span-details table.attributes").First.WaitForAsync();
        Assert.Contains("ComputeBudget", await page.Locator(".span-details").First.InnerTextAsync());
        await browser.ScreenshotAsync("trace-waterfall");

        // Console logs: the budget service's own line about this request.
        await browser.OpenAsync("/consolelogs/budget");
        await page.Locator("pre.console").GetByText($"Computed {budget}").First.WaitForAsync();
        await browser.ScreenshotAsync("console-logs-budget");

        // Structured logs: the same entry, found by the trace id, linking back to the trace.
        await browser.OpenAsync($"/structuredlogs?traceId={traceId}");
        var entry = page.Locator("tr", new() { Has = page.Locator(".message", new() { HasText = $"Computed {budget}" }) });
        await entry.First.WaitForAsync();
        Assert.Contains("budget", await entry.First.InnerTextAsync());
        await browser.ScreenshotAsync("structured-logs");
        await entry.First.Locator("a.trace-link").ClickAsync();
        await page.WaitForURLAsync($"**/traces/{traceId}");

        // Metrics: the gateway's request durations, drawn over time.
        await browser.OpenAsync("/metrics?resource=gateway&meter=Microsoft.AspNetCore.Hosting&instrument=http.server.request.duration");
        Assert.Contains("http.server.request.duration (antal)", await page.Locator("ul.instruments").InnerTextAsync());
        await page.Locator("svg.metric-chart polyline").First.WaitForAsync();
        Assert.Contains("http.server.request.duration", await page.Locator("ul.instruments").InnerTextAsync());
        await browser.ScreenshotAsync("metrics-gateway");
    }

    [Fact]
    public async Task A_service_restarted_from_the_resources_page_comes_back_healthy()
    {
        await using var browser = await DashboardBrowser.SignInAsync(system.App.DashboardLoginUrl!);
        var page = browser.Page;
        var before = system.App.ResourceNotifications.InstancesOf("grants").Single();
        var row = page.Locator("tr[data-resource='grants']");
        await row.And(page.Locator("[data-state='Healthy']")).WaitForAsync();
        await browser.ScreenshotAsync("resources");

        await row.Locator("[title='Starta om grants']").ClickAsync();

        await WaitForAsync(() => Task.FromResult(system.App.ResourceNotifications.InstancesOf("grants").Single()), now => now.ProcessId != before.ProcessId);
        await row.And(page.Locator("[data-state='Healthy']")).WaitForAsync();
        var after = system.App.ResourceNotifications.InstancesOf("grants").Single();
        Assert.NotEqual(before.ProcessId, after.ProcessId);
        Assert.True(after.StartTime > before.StartTime);
        await browser.ScreenshotAsync("resources-after-restart");
        await system.App.ResourceNotifications.WaitForResourceHealthyAsync("grants").WaitAsync(FinsamSystem.StartLimit);
    }

    [Fact]
    public async Task A_crashed_service_shows_its_restarts_and_its_console_from_before_the_crash()
    {
        // A request whose path no other makes: its line in the console marks "before the crash".
        var marker = Federations.NewId("fore-kraschen");
        using var anonymous = new HttpClient { BaseAddress = system.GatewayHttp };
        await anonymous.GetAsync($"/v1/federations/{marker}/documents/2022/versions/1/files/pdf");
        var console = system.App.Services.GetRequiredService<Hosting.Orchestration.ConsoleLogs>();
        await WaitForAsync(() => Task.FromResult(console.Of("documents").Any(l => l.Text.Contains(marker))), found => found);

        var crashed = system.App.ResourceNotifications.InstancesOf("documents").Single();
        Process.GetProcessById(crashed.ProcessId!.Value).Kill();
        var restarted = await WaitForAsync(
            () => Task.FromResult(system.App.ResourceNotifications.InstancesOf("documents").Single()),
            now => now.Restarts > crashed.Restarts && now.State == Hosting.Orchestration.ResourceState.Healthy);

        await using var browser = await DashboardBrowser.SignInAsync(system.App.DashboardLoginUrl!);
        var page = browser.Page;
        var row = page.Locator("tr[data-resource='documents']");
        await row.And(page.Locator("[data-state='Healthy']")).WaitForAsync();
        Assert.Equal($"{restarted.Restarts}", (await row.Locator(".restarts").InnerTextAsync()).Trim());

        await browser.OpenAsync("/consolelogs/documents");
        await WaitForAsync(
            () => page.Locator("pre.console").InnerTextAsync(),
            shown => shown.Contains(marker, StringComparison.Ordinal)
                && shown.LastIndexOf("Application started.", StringComparison.Ordinal) > shown.IndexOf(marker, StringComparison.Ordinal));
        await browser.ScreenshotAsync("console-logs-after-crash");
    }

    [Fact]
    public async Task The_resources_page_shows_every_resource_and_masks_every_secret()
    {
        await using var browser = await DashboardBrowser.SignInAsync(system.App.DashboardLoginUrl!);
        var page = browser.Page;
        foreach (var resource in new[] { "postgres", "identity", "funding", "grants", "budget", "documents", "gateway" })
        {
            await page.Locator($"tr[data-resource='{resource}']").First.WaitForAsync();
        }
        await page.Locator("tr[data-resource='identity'] details.environment summary").ClickAsync();

        var html = await page.ContentAsync();
        Assert.Contains("Identity__BootstrapClientSecret", html);
        Assert.Contains("ConnectionStrings__identitydb", html);
        Assert.DoesNotContain(Tokens.AdminClientSecret(system.App.DataDirectory), html);
        Assert.DoesNotContain("Password=", html);
        Assert.Equal(0, await page.Locator("tr[data-resource='dashboard']").CountAsync());
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }
            if (clock.Elapsed > Patience)
            {
                Assert.Fail($"Still not there after {Patience.TotalSeconds} s: {System.Text.Json.JsonSerializer.Serialize(value)}");
            }
            await Task.Delay(250);
        }
    }
}
