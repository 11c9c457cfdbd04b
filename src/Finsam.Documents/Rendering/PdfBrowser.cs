using System.Globalization;
using Microsoft.Playwright;

namespace Finsam.Documents.Rendering;

// The one headless Chromium (Debian's `chromium`) that prints PDFs, and the Playwright driver
// that runs it: started on the first PDF, never before; at most a few pages at once; closed
// once no PDF has been asked for a while (the driver with it) and started again on demand.
// Together they hold hundreds of MB that a service printing a few PDFs a day need not keep.
public sealed class PdfBrowser : IAsyncDisposable
{
    // Bounds on what the browser may grow to: no more renderer processes than pages at once,
    // the GPU's work in the browser process (no process of its own), /tmp rather than a small
    // /dev/shm. Measured, they save little of an idle browser (about 390 MB PSS on Chromium 156,
    // 9 processes, to 380 MB in 7): closing it when idle is what keeps the memory.
    private static readonly string[] LeanFlags =
    [
        "--disable-gpu",
        "--in-process-gpu",
        "--renderer-process-limit=2",
        "--disable-dev-shm-usage",
    ];

    private readonly string _chromiumPath;
    private readonly TimeSpan _idleTimeout;
    private readonly ILogger<PdfBrowser> _logger;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _pages;
    private readonly SemaphoreSlim _lifecycle = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private int _printing;
    private DateTimeOffset _lastUsed;
    private ITimer? _idleCheck;
    private bool _disposed;

    public PdfBrowser(IConfiguration configuration, ILogger<PdfBrowser> logger, TimeProvider time)
    {
        _chromiumPath = configuration["Documents:ChromiumPath"] ?? "/usr/bin/chromium";
        _idleTimeout = configuration.GetValue("Documents:Pdf:BrowserIdleTimeout", TimeSpan.FromMinutes(2));
        var pagesAtOnce = configuration.GetValue("Documents:Pdf:PagesAtOnce", 2);
        if (pagesAtOnce < 1 || _idleTimeout <= TimeSpan.Zero)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Documents:Pdf:PagesAtOnce ({pagesAtOnce}) and Documents:Pdf:BrowserIdleTimeout ({_idleTimeout}) must be positive."));
        }
        _pages = new SemaphoreSlim(pagesAtOnce, pagesAtOnce);
        _logger = logger;
        _time = time;
    }

    // Whether Chromium runs now (it does only while PDFs are printed and for a while after).
    public bool IsRunning => _browser is { IsConnected: true };

    // A print waits for a free page rather than opening more pages than the limit.
    public async Task<T> UseAsync<T>(Func<IBrowser, Task<T>> use, CancellationToken ct)
    {
        await _pages.WaitAsync(ct);
        try
        {
            var browser = await AcquireAsync(ct);
            try
            {
                return await use(browser);
            }
            finally
            {
                await ReleaseAsync();
            }
        }
        finally
        {
            _pages.Release();
        }
    }

    private async Task<IBrowser> AcquireAsync(CancellationToken ct)
    {
        await _lifecycle.WaitAsync(ct);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_browser is not { IsConnected: true })
            {
                // A browser that crashed is left behind and a new one started.
                await CloseAsync();
                _browser = await LaunchAsync();
            }
            _printing++;
            return _browser;
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    private async Task<IBrowser> LaunchAsync()
    {
        if (!File.Exists(_chromiumPath))
        {
            throw new PdfUnavailableException($"PDF needs Chromium at {_chromiumPath}: apt-get install chromium (or set Documents:ChromiumPath).");
        }
        _playwright ??= await Playwright.CreateAsync();
        var browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = _chromiumPath, Headless = true, Args = LeanFlags });
        _logger.LogInformation("Started Chromium {Version} for PDF printing.", browser.Version);
        return browser;
    }

    private async Task ReleaseAsync()
    {
        await _lifecycle.WaitAsync();
        try
        {
            _printing--;
            _lastUsed = _time.GetUtcNow();
            if (_printing == 0 && !_disposed)
            {
                _idleCheck?.Dispose();
                _idleCheck = _time.CreateTimer(_ => _ = CloseWhenIdleAsync(), null, _idleTimeout, Timeout.InfiniteTimeSpan);
            }
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    private async Task CloseWhenIdleAsync()
    {
        await _lifecycle.WaitAsync();
        try
        {
            // A print since the timer was set moves the idle period on.
            if (_disposed || _printing > 0 || _browser is null || _time.GetUtcNow() - _lastUsed < _idleTimeout)
            {
                return;
            }
            await CloseAsync();
            _logger.LogInformation("Closed Chromium after {IdleTimeout} without a PDF to print.", _idleTimeout);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    // The browser and the driver both go: the driver (Node.js) alone holds tens of MB.
    private async Task CloseAsync()
    {
        if (_browser is not null)
        {
            try
            {
                await _browser.CloseAsync();
            }
            catch (PlaywrightException failure)
            {
                // One that crashed has nothing left to close.
                _logger.LogWarning(failure, "Chromium did not close cleanly.");
            }
            _browser = null;
        }
        _playwright?.Dispose();
        _playwright = null;
    }

    public async ValueTask DisposeAsync()
    {
        await _lifecycle.WaitAsync();
        try
        {
            _disposed = true;
            _idleCheck?.Dispose();
            await CloseAsync();
        }
        finally
        {
            _lifecycle.Release();
        }
    }
}
