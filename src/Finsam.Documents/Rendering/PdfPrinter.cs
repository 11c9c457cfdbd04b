using System.Net;
using System.Text;
using Microsoft.Playwright;

namespace Finsam.Documents.Rendering;

// Prints HTML to a tagged A4 PDF with headless Chromium (PdfBrowser), as a browser would
// print it, with page numbers in the footer. Each document gets a fresh, script-free page.
public sealed class PdfPrinter(PdfBrowser browser)
{
    public Task<byte[]> PrintAsync(byte[] html, string? draftMark, CancellationToken ct) =>
        browser.UseAsync(async chromium =>
        {
            await using var context = await chromium.NewContextAsync(new() { JavaScriptEnabled = false, Locale = "sv-SE" });
            var page = await context.NewPageAsync();
            // The document is self-contained: nothing is fetched from anywhere while printing.
            await page.RouteAsync("**/*", route => route.AbortAsync());
            await page.SetContentAsync(Encoding.UTF8.GetString(html), new() { WaitUntil = WaitUntilState.Load });
            var draft = draftMark is not null ? $"<span style=\"color:#a00;font-weight:bold\">{WebUtility.HtmlEncode(draftMark)}</span> · " : "";
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
        }, ct);
}
