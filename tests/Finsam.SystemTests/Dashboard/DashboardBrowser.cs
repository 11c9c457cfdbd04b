using Microsoft.Playwright;

namespace Finsam.SystemTests.Dashboard;

// Debian's chromium, headless, driven by Playwright; signed in to a system's dashboard
// with the link the AppHost printed. Screenshots go to artifacts/dashboard/.
public sealed class DashboardBrowser : IAsyncDisposable
{
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
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 }, Locale = "sv-SE" });
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(loginUrl.ToString());
        var root = new Uri(loginUrl.GetLeftPart(UriPartial.Authority));
        var signedIn = new DashboardBrowser(playwright, browser, page, root);
        await signedIn.WaitUntilLiveAsync();
        return signedIn;
    }

    // Opens a page and waits until Blazor has made it live (buttons work, updates flow).
    public async Task OpenAsync(string path)
    {
        await Page.GotoAsync(new Uri(Root, path).ToString());
        await WaitUntilLiveAsync();
    }

    public Task WaitUntilLiveAsync() => Page.Locator("#live").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new() { Path = Path.Combine(Infrastructure.Artifacts.Directory("dashboard"), $"{name}.png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
