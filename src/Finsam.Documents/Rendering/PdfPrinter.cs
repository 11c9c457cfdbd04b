using System.Text;
using Microsoft.Playwright;

namespace Finsam.Documents.Rendering;

// Prints HTML to a tagged A4 PDF with headless Chromium (Debian's `chromium`), as a
// browser would print it, with page numbers in the footer. One browser is started on
// first use and shared; each document gets a fresh, script-free page.
public sealed class PdfPrinter(IConfiguration configuration, ILogger<PdfPrinter> logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _start = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private string ChromiumPath => configuration["Documents:ChromiumPath"] ?? "/usr/bin/chromium";

    public async Task<byte[]> PrintAsync(byte[] html, bool isDraft, CancellationToken ct)
    {
        var browser = await BrowserAsync(ct);
        await using var context = await browser.NewContextAsync(new() { JavaScriptEnabled = false, Locale = "sv-SE" });
        var page = await context.NewPageAsync();
        // The document is self-contained: nothing is fetched from anywhere while printing.
        await page.RouteAsync("**/*", route => route.AbortAsync());
        await page.SetContentAsync(Encoding.UTF8.GetString(html), new() { WaitUntil = WaitUntilState.Load });
        var draft = isDraft ? $"<span style=\"color:#a00;font-weight:bold\">{Composition.ComposedDocument.DraftMark}</span> · " : "";
        return await page.PdfAsync(new()
        {
            Format = "A4",
            PreferCSSPageSize = true,
            PrintBackground = true,
            Tagged = true,
            Outline = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = "<span></span>",
            FooterTemplate = $"<div style=\"width:100%;text-align:center;font-size:8pt;font-family:'DejaVu Sans',sans-serif\">{draft}Sida <span class=\"pageNumber\"></span> av <span class=\"totalPages\"></span></div>",
        });
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken ct)
    {
        if (_browser is { IsConnected: true } running)
        {
            return running;
        }
        await _start.WaitAsync(ct);
        try
        {
            if (_browser is { IsConnected: true } started)
            {
                return started;
            }
            if (!File.Exists(ChromiumPath))
            {
                throw new PdfUnavailableException($"PDF needs Chromium at {ChromiumPath}: apt-get install chromium (or set Documents:ChromiumPath).");
            }
            _playwright ??= await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true });
            logger.LogInformation("Started Chromium {Version} for PDF printing.", _browser.Version);
            return _browser;
        }
        finally
        {
            _start.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        _start.Dispose();
    }
}
