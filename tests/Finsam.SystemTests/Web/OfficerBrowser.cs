using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Finsam.SystemTests.Infrastructure;
using Microsoft.Playwright;

namespace Finsam.SystemTests.Web;

// Debian's chromium, headless, driven by Playwright: each person in a browser context of their
// own (their own cookies), in Swedish. Screenshots of every page looked at, and of a failed
// step, go to artifacts/web/.
public sealed class OfficerBrowser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private OfficerBrowser(IPlaywright playwright, IBrowser browser, Uri webApp)
    {
        _playwright = playwright;
        _browser = browser;
        WebApp = webApp;
    }

    public Uri WebApp { get; }

    // What the pages wrote to the browser's console, for a failed step's artifacts.
    private readonly List<string> _console = [];

    public static async Task<OfficerBrowser> StartAsync(Uri webApp)
    {
        var playwright = await Playwright.CreateAsync();
        // A sandboxed frame (the plan's preview) in the page's own process: in a process of its
        // own, on a loaded 2-core machine, it was once never given its size, and stayed blank
        // with its text zero wide for half a minute.
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--disable-features=IsolateSandboxedIframes"],
        });
        return new OfficerBrowser(playwright, browser, webApp);
    }

    // A person opens the app, is sent to identity's sign-in page, signs in, and is back at
    // the app's start page.
    public async Task<PersonInBrowser> SignInAsync(string username, string password)
    {
        var context = await _browser.NewContextAsync(new() { Locale = "sv-SE", ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        page.Console += (_, message) => _console.Add($"{username}: {message.Type}: {message.Text}");
        var person = new PersonInBrowser(page, WebApp, username);
        await page.GotoAsync(WebApp.ToString());
        await page.GetByRole(AriaRole.Heading, new() { Name = "Logga in i Finsam" }).WaitForAsync();
        await page.GetByLabel("Användarnamn").FillAsync(username);
        await page.GetByLabel("Lösenord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await person.HeadingAsync("Dina samordningsförbund");
        return person;
    }

    // A visitor who does not sign in, on a screen of the given width (a phone's 375 px, say).
    public async Task<PersonInBrowser> VisitAsync(string name, int width = 1280, int height = 900)
    {
        var context = await _browser.NewContextAsync(new() { Locale = "sv-SE", ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        page.Console += (_, message) => _console.Add($"{name}: {message.Type}: {message.Text}");
        return new PersonInBrowser(page, WebApp, name);
    }

    // Every open page as it stands, for a step that failed.
    public async Task KeepEveryPageAsync(string name)
    {
        var pages = _browser.Contexts.SelectMany(context => context.Pages).ToList();
        for (var i = 0; i < pages.Count; i++)
        {
            await pages[i].ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Directory("web"), $"{name}-{i}.png"), FullPage = true });
            await File.WriteAllTextAsync(Path.Combine(Artifacts.Directory("web"), $"{name}-{i}.html"), await pages[i].ContentAsync());
        }
        await File.WriteAllLinesAsync(Path.Combine(Artifacts.Directory("web"), $"{name}-console.txt"), _console);
    }

    // A step that leaves every page behind for a person to look at when it fails.
    public async Task RunAsync(string name, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch
        {
            await KeepEveryPageAsync($"{name}-failed");
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}

public sealed partial class PersonInBrowser(IPage page, Uri webApp, string username)
{
    public IPage Page { get; } = page;

    public string Username { get; } = username;

    public async Task GotoAsync(string path) => await Page.GotoAsync(new Uri(webApp, path).ToString());

    // The page's main heading, once the circuit has rendered it.
    public async Task HeadingAsync(string text) =>
        await Page.GetByRole(AriaRole.Heading, new() { Name = text, Level = 1, Exact = true }).WaitForAsync();

    public async Task ClickAsync(string buttonOrLink)
    {
        var target = Page.GetByRole(AriaRole.Button, new() { Name = buttonOrLink, Exact = true })
            .Or(Page.GetByRole(AriaRole.Link, new() { Name = buttonOrLink, Exact = true }));
        await target.First.ClickAsync();
    }

    // Where the page says it (an alert, a status line, a cell).
    public async Task SeesAsync(string text) => await Page.GetByText(text, new() { Exact = false }).First.WaitForAsync();

    // The page as it is now, kept with the test's artifacts; and axe's verdict on it: nothing
    // serious or critical (WCAG 2.1 AA).
    public async Task LookAtAsync(string name)
    {
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Directory("web"), $"{Username}-{Safe(name)}.png"), FullPage = true });
        var result = await Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
            // Not into frames: the plan's preview is a sandboxed frame without scripts, where axe
            // would wait for an answer forever (the documents' own HTML is checked by their tests).
            Iframes = false,
        });
        var severe = result.Violations.Where(violation => violation.Impact is "serious" or "critical").ToList();
        Assert.True(severe.Count == 0, $"{name}: " + string.Join("; ", severe.Select(violation =>
            $"{violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Target?.ToString()).Take(3))}")));
    }

    private static string Safe(string name) => Unsafe().Replace(name, "-");

    [GeneratedRegex("[^a-zA-Z0-9åäöÅÄÖ-]+")]
    private static partial Regex Unsafe();
}
