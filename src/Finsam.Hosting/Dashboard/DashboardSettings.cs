using System.Security.Cryptography;

namespace Finsam.Hosting.Dashboard;

// What the dashboard and the AppHost share for one run: keys made at start, never
// written to disk, and the address of the AppHost's resource service.
public sealed class DashboardSettings
{
    public string OtlpApiKey { get; } = NewKey();

    public string BrowserToken { get; } = NewKey();

    public string ResourceServiceApiKey { get; } = NewKey();

    public string ResourceServiceUrl { get; internal set; } = "";

    // Where a person signs in: printed at start.
    public Uri? LoginUrl { get; internal set; }

    private static string NewKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
