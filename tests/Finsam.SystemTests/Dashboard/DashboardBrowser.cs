using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Finsam.SystemTests.Dashboard;

// Debian's chromium, headless, driven by Playwright; signed in to the Aspire dashboard with
// the link the AppHost prints. Screenshots (and a failed step's page) go to artifacts/dashboard/.
//
// The dashboard is Blazor Server with Fluent UI web components: its grids are ARIA grids
// (role=row, role=gridcell with aria-label), its menus ARIA menus, and what it shows streams
// in over the circuit. So this reads by roles, labels and URLs, and waits by polling.
public sealed class DashboardBrowser : IAsyncDisposable
{
    // Long enough for a batch of telemetry (exported every second or so) or a page's data.
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private DashboardBrowser(IPlaywright playwright, IBrowser browser, IPage page, Uri root)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        Root = root;
    }

    public IPage Page { get; }

    public Uri Root { get; }

    public static async Task<DashboardBrowser> SignInAsync(Uri loginUrl)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true });
        // English, as the dashboard has no Swedish: the texts and dates read here are its en-US ones.
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 }, Locale = "en-US" });
        page.SetDefaultTimeout(30_000);
        var signedIn = new DashboardBrowser(playwright, browser, page, new Uri(loginUrl.GetLeftPart(UriPartial.Authority)));
        try
        {
            // The token in the link is exchanged for a cookie, and the dashboard goes on to Resources.
            await page.GotoAsync(loginUrl.ToString());
            await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/login", StringComparison.Ordinal));
            await page.GetByText(new Regex(@"^Showing \d+ resources?$")).First.WaitForAsync();
        }
        catch
        {
            await signedIn.DisposeAsync();
            throw;
        }
        return signedIn;
    }

    // A page of the dashboard by its own URL (routes of Aspire.Dashboard's DashboardUrls).
    public async Task OpenAsync(string pathAndQuery)
    {
        await Page.GotoAsync(new Uri(Root, pathAndQuery).ToString());
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    // A page without the sign-in cookie, as anyone else on the machine would open it.
    public async Task<IPage> NewAnonymousPageAsync()
    {
        var context = await _browser.NewContextAsync(new() { Locale = "en-US" });
        return await context.NewPageAsync();
    }

    // --- Resources page -------------------------------------------------------------------

    // The Resources grid: a row's first cell is labelled "{type}: {name}".
    public ILocator ResourceRow(string name) =>
        Page.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Gridcell, new() { NameRegex = new($"^[^:]+: {Regex.Escape(name)}$") }) });

    // Every resource the Resources grid lists, by name.
    public async Task<IReadOnlyList<string>> ResourceNamesAsync()
    {
        var labels = await Page.GetByRole(AriaRole.Row).EvaluateAllAsync<string?[]>(
            "rows => rows.map(r => r.querySelector('[role=gridcell]')?.getAttribute('aria-label') ?? null)");
        return [.. labels.OfType<string>().Where(l => l.Contains(": ", StringComparison.Ordinal)).Select(l => l[(l.IndexOf(": ", StringComparison.Ordinal) + 2)..])];
    }

    // The State column as shown: "Running" when running and healthy, "Running (Unhealthy)"
    // when not (a badge counting unread error logs may follow on a line of its own).
    public async Task<string> ResourceStateAsync(string name) =>
        (await ResourceRow(name).GetByRole(AriaRole.Gridcell).Nth(1).InnerTextAsync()).Trim().Split('\n')[0].Trim();

    // One of the row's "..." actions (Restart, View details, Console logs, ...), done once
    // the menu has closed or, when given, its effect shows.
    public Task ResourceActionAsync(string resource, string action, ILocator? effect = null) =>
        ChooseAsync(ResourceRow(resource).GetByRole(AriaRole.Button, new() { Name = "Actions", Exact = true }), action, effect);

    // The resource's details pane, every property and environment variable as shown (a
    // masked value reads as its dots), with the pane's "Show all properties" on request:
    // Aspire's own properties are shown by default, others (finsam.restarts) only then.
    public async Task<IReadOnlyDictionary<string, string>> ResourceDetailsAsync(string resource, bool allProperties = false)
    {
        var pane = DetailsPane(resource);
        await ResourceActionAsync(resource, "View details", pane);
        if (allProperties)
        {
            await ChooseAsync(pane.GetByRole(AriaRole.Button, new() { Name = "View options", Exact = true }), "Show all properties",
                pane.GetByText("resource.uid", new() { Exact = true }));
        }
        return await WaitForAsync(() => PropertiesAsync(pane), shown => shown.ContainsKey("State") && (!allProperties || shown.ContainsKey("resource.uid")));
    }

    public ILocator DetailsPane(string resource) =>
        Page.Locator(".details-container").Filter(new() { Has = Page.GetByRole(AriaRole.Heading, new() { NameRegex = new($": {Regex.Escape(resource)}$") }) });

    // Name/value grids (resource details, span details): rows of exactly two cells.
    public static async Task<IReadOnlyDictionary<string, string>> PropertiesAsync(ILocator scope)
    {
        var rows = await scope.GetByRole(AriaRole.Row).EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [...r.querySelectorAll('[role=gridcell]')].map(c => c.innerText.trim()))");
        var properties = new Dictionary<string, string>();
        foreach (var row in rows.Where(r => r.Length == 2))
        {
            properties.TryAdd(row[0], row[1]);
        }
        return properties;
    }

    public static DateTime ShownTime(string text) => DateTime.Parse(text, CultureInfo.GetCultureInfo("en-US"));

    // --- Traces ---------------------------------------------------------------------------

    // The spans of the open trace detail page as (resource, name): the name cell is labelled
    // "{resource}: {span name}" (a database call adds a second line naming the database).
    public async Task<IReadOnlyList<(string Resource, string Name, string Label)>> SpansAsync()
    {
        var rows = await Page.GetByRole(AriaRole.Row).EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [...r.querySelectorAll('[role=gridcell]')].map(c => c.getAttribute('aria-label') ?? ''))");
        var spans = new List<(string, string, string)>();
        foreach (var row in rows.Where(r => r.Length >= 2 && r[0].Length > 0 && r[1].Length > 0))
        {
            var resource = row[1];
            var firstLine = row[0].Split('\n')[0];
            var name = firstLine.StartsWith($"{resource}: ", StringComparison.Ordinal) ? firstLine[(resource.Length + 2)..] : firstLine;
            spans.Add((resource, name, row[0]));
        }
        return spans;
    }

    // --- Console and structured logs ------------------------------------------------------

    // Types into a page's filter box (the dashboard filters as one types, after a short pause).
    public async Task FilterAsync(string filterTitle, string text)
    {
        var box = Page.GetByTitle(filterTitle, new() { Exact = true });
        await box.ClickAsync();
        await Page.Keyboard.PressAsync("Control+A");
        await Page.Keyboard.PressAsync("Backspace");
        await Page.Keyboard.TypeAsync(text);
    }

    // The console lines holding the text, by the page's filter, once the filter has taken
    // (it applies after a pause) and the lines read are as wanted.
    public async Task<IReadOnlyList<(int Number, string Text)>> ConsoleLinesWithAsync(string text, Func<IReadOnlyList<(int Number, string Text)>, bool> done)
    {
        await FilterAsync("Console logs filter", text);
        return await WaitForAsync(ConsoleLinesAsync,
            lines => lines.Count > 0 && lines.All(l => l.Text.Contains(text, StringComparison.OrdinalIgnoreCase)) && done(lines));
    }

    // The console lines shown with their line numbers in the whole log (a filter keeps them):
    // each line is an ARIA log element, its number first.
    public async Task<IReadOnlyList<(int Number, string Text)>> ConsoleLinesAsync()
    {
        var lines = await Page.GetByRole(AriaRole.Log).AllInnerTextsAsync();
        var read = new List<(int, string)>();
        foreach (var line in lines)
        {
            var text = line.TrimStart();
            var end = text.IndexOfAny([' ', '\n', '\t']);
            if (end > 0 && int.TryParse(text[..end], CultureInfo.InvariantCulture, out var number))
            {
                read.Add((number, text[end..].Trim()));
            }
        }
        return read;
    }

    // --- Waiting and evidence -------------------------------------------------------------

    // Opens a menu and chooses an item. A click that lands before the circuit has wired the
    // button up, or while the grid re-renders its row (a resource that just changed state),
    // is lost: so the menu is opened again until it shows, and the item chosen again until
    // the menu closes (or the choice's effect shows).
    public async Task ChooseAsync(ILocator menuButton, string itemName, ILocator? effect = null)
    {
        var item = Page.GetByRole(AriaRole.Menuitem, new() { Name = itemName, Exact = true });
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await menuButton.ClickAsync(new() { Timeout = 10_000 });
                await item.First.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 3_000 });
                await item.First.ClickAsync(new() { Timeout = 3_000 });
                await (effect ?? item).First.WaitForAsync(new() { State = effect is null ? WaitForSelectorState.Hidden : WaitForSelectorState.Visible, Timeout = 5_000 });
                return;
            }
            catch (TimeoutException) when (clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                // Close whatever is half open, then try again.
                await Page.Keyboard.PressAsync("Escape");
            }
        }
    }

    // Clicks until what the click shows is there: a click lost to a re-render of a live grid
    // is tried again.
    public static async Task ClickUntilAsync(ILocator target, ILocator shown)
    {
        for (var attempt = 1; ; attempt++)
        {
            await target.ClickAsync();
            try
            {
                await shown.First.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 5_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 4)
            {
            }
        }
    }

    // Reads until done, reloading now and then in case a page missed a live update; on
    // timeout the page is kept (screenshot and HTML) and the last reading is told.
    public async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? patience = null, bool reload = false)
    {
        var limit = patience ?? Patience;
        var clock = Stopwatch.StartNew();
        var lastReload = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }
            if (clock.Elapsed > limit)
            {
                var kept = await KeepPageAsync("timeout");
                throw new Xunit.Sdk.XunitException(
                    $"Still not there after {limit.TotalSeconds} s (page kept as {kept}): {System.Text.Json.JsonSerializer.Serialize(value, ShownValue)}");
            }
            if (reload && lastReload.Elapsed > TimeSpan.FromSeconds(10))
            {
                await Page.ReloadAsync();
                lastReload.Restart();
            }
            await Task.Delay(500);
        }
    }

    // Tuples (lines, spans) are told with their fields.
    private static readonly System.Text.Json.JsonSerializerOptions ShownValue = new() { IncludeFields = true };

    // Runs a test's steps; if one fails, the page as it was is kept for a person to look at.
    public async Task RunAsync(string name, Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch
        {
            await KeepPageAsync($"{name}-failed");
            throw;
        }
    }

    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new() { Path = Path.Combine(Infrastructure.Artifacts.Directory("dashboard"), $"{name}.png"), FullPage = true });

    private async Task<string> KeepPageAsync(string name)
    {
        var path = Path.Combine(Infrastructure.Artifacts.Directory("dashboard"), name);
        try
        {
            await File.WriteAllTextAsync($"{path}.html", await Page.ContentAsync());
            await Page.ScreenshotAsync(new() { Path = $"{path}.png", FullPage = true });
        }
        catch (PlaywrightException)
        {
            // The page itself is gone: the failure says enough.
        }
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
