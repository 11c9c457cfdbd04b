using System.Text;
using Finsam.Documents.Rendering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Finsam.Documents.Tests;

// The PDF browser is held only while PDFs are printed: started by the first, closed after an
// idle period, started again by the next; and never more pages at once than allowed.
public sealed class PdfBrowserTests
{
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(2);
    private static readonly byte[] Html = Encoding.UTF8.GetBytes("<!doctype html><html lang=\"sv\"><body><p>Hej</p></body></html>");

    private static PdfBrowser Browser(TimeProvider time, int pagesAtOnce = 2) => new(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Documents:Pdf:BrowserIdleTimeout"] = IdleTimeout.ToString(),
            ["Documents:Pdf:PagesAtOnce"] = pagesAtOnce.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build(),
        NullLogger<PdfBrowser>.Instance,
        time);

    [Fact]
    public async Task Chromium_starts_for_a_pdf_closes_when_idle_and_starts_again_for_the_next()
    {
        var time = new FakeTimeProvider();
        await using var browser = Browser(time);
        var printer = new PdfPrinter(browser);
        Assert.False(browser.IsRunning);

        Assert.Equal("%PDF-", Encoding.ASCII.GetString((await printer.PrintAsync(Html, draftMark: null, default))[..5]));
        Assert.True(browser.IsRunning);
        Assert.True(PdfBrowserMemory.Bytes() > 0, "Chromium's processes are counted while it runs.");

        time.Advance(IdleTimeout - TimeSpan.FromSeconds(1));
        Assert.True(browser.IsRunning);
        time.Advance(TimeSpan.FromSeconds(1));
        await WaitUntilAsync(() => !browser.IsRunning);

        Assert.Equal("%PDF-", Encoding.ASCII.GetString((await printer.PrintAsync(Html, draftMark: "UTKAST – ej antagen", default))[..5]));
        Assert.True(browser.IsRunning);
    }

    [Fact]
    public async Task No_more_pages_at_once_than_allowed_the_others_wait()
    {
        await using var browser = Browser(TimeProvider.System, pagesAtOnce: 2);
        var open = 0;
        var most = 0;
        var release = new TaskCompletionSource();
        var prints = Enumerable.Range(0, 5).Select(_ => browser.UseAsync(async chromium =>
        {
            most = Math.Max(most, Interlocked.Increment(ref open));
            await release.Task;
            Interlocked.Decrement(ref open);
            return chromium.Version;
        }, default)).ToList();

        await WaitUntilAsync(() => Volatile.Read(ref open) == 2);
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        Assert.Equal(2, Volatile.Read(ref open));
        release.SetResult();
        await Task.WhenAll(prints);
        Assert.Equal(2, most);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Not within 20 s.");
            await Task.Delay(50);
        }
    }
}
