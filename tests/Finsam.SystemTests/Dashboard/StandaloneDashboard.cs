using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Grpc.Net.Client;

namespace Finsam.SystemTests.Dashboard;

// The dashboard on its own, as an OTLP backend with small limits (5 traces, 5 log
// entries, 5 points per series), so a test can fill it and watch the oldest go.
public sealed class StandaloneDashboard : IAsyncLifetime
{
    public const int Limit = 5;
    public const string ApiKey = "otlp-testnyckel";
    private const string BrowserToken = "webbläsartoken";

    private Process? _process;
    private HttpClient? _ui;

    public Uri Ui { get; private set; } = null!;

    public Uri OtlpGrpc { get; private set; } = null!;

    public Uri OtlpHttp { get; private set; } = null!;

    // Signed in: the UI as a person sees it, as HTML.
    public HttpClient Browser => _ui ?? throw new InvalidOperationException("Not started.");

    public GrpcChannel GrpcChannel() => Grpc.Net.Client.GrpcChannel.ForAddress(OtlpGrpc);

    public async ValueTask InitializeAsync()
    {
        var (ui, grpc, http) = (FreePort(), FreePort(), FreePort());
        (Ui, OtlpGrpc, OtlpHttp) = (new($"http://localhost:{ui}"), new($"http://localhost:{grpc}"), new($"http://localhost:{http}"));
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(new Projects.Finsam_Dashboard().TargetPath);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Kestrel__Endpoints__http__Url"] = Ui.ToString(),
            ["Kestrel__Endpoints__http__Protocols"] = "Http1",
            ["Kestrel__Endpoints__otlp-grpc__Url"] = OtlpGrpc.ToString(),
            ["Kestrel__Endpoints__otlp-grpc__Protocols"] = "Http2",
            ["Kestrel__Endpoints__otlp-http__Url"] = OtlpHttp.ToString(),
            ["Kestrel__Endpoints__otlp-http__Protocols"] = "Http1",
            ["Dashboard__Otlp__ApiKey"] = ApiKey,
            ["Dashboard__Frontend__BrowserToken"] = BrowserToken,
            ["Dashboard__Telemetry__MaxTraces"] = $"{Limit}",
            ["Dashboard__Telemetry__MaxLogEntries"] = $"{Limit}",
            ["Dashboard__Telemetry__MaxPointsPerSeries"] = $"{Limit}",
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        _ui = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = Ui };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if ((await _ui.GetAsync("/health")).IsSuccessStatusCode)
                {
                    break;
                }
            }
            catch (HttpRequestException) when (clock.Elapsed < TimeSpan.FromSeconds(60) && !_process.HasExited)
            {
            }
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60) && !_process.HasExited, "The dashboard did not start.");
            await Task.Delay(200);
        }
        (await _ui.GetAsync($"/login?t={Uri.EscapeDataString(BrowserToken)}")).EnsureSuccessStatusCode();
    }

    public Task<string> PageAsync(string path) => Browser.GetStringAsync(path);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _ui?.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
    }
}
