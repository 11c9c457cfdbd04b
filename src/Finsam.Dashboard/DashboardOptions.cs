using Finsam.Dashboard.Telemetry;

namespace Finsam.Dashboard;

// The section "Dashboard", as the AppHost fills it (Dashboard__Otlp__ApiKey, ...).
public sealed class DashboardOptions
{
    public OtlpOptions Otlp { get; set; } = new();

    public FrontendOptions Frontend { get; set; } = new();

    public ResourceServiceOptions ResourceService { get; set; } = new();

    public TelemetryLimits Telemetry { get; set; } = new();

    public sealed class OtlpOptions
    {
        public string ApiKey { get; set; } = "";
    }

    public sealed class FrontendOptions
    {
        // The token of the sign-in link (/login?t=...); without one the UI is open.
        public string BrowserToken { get; set; } = "";
    }

    public sealed class ResourceServiceOptions
    {
        public string Url { get; set; } = "";

        public string ApiKey { get; set; } = "";
    }
}
