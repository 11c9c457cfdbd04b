using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Trace;

namespace Finsam.ServiceDefaults.Telemetry;

// Finsam:Telemetry: how much a process records and how often it sends it. Where a developer
// watches the dashboard (Development) everything, at once; elsewhere a share of the traces,
// no span per SQL query, the framework's per-request log lines left out (RequestLogs), sent in
// batches, since each span and line costs throughput. Logs are always
// exported whatever the sampling, so errors stay visible (each log carries its trace id).
// These win over OTEL_TRACES_SAMPLER and the OTEL_*_SCHEDULE_DELAY / OTEL_METRIC_EXPORT_INTERVAL
// variables, which Aspire sets to always_on and one second for every project it runs.
public sealed record TelemetrySettings(double TraceRatio, bool SqlSpans, TimeSpan ExportInterval, bool RequestLogs)
{
    public const string Section = "Finsam:Telemetry";

    public static readonly TelemetrySettings Development = new(1.0, SqlSpans: true, TimeSpan.FromSeconds(1), RequestLogs: true);

    public static readonly TelemetrySettings Production = new(0.1, SqlSpans: false, TimeSpan.FromSeconds(5), RequestLogs: false);

    // The profile's defaults (Finsam:Telemetry:Profile, Development or Production; by default
    // the process's environment's), each replaced by the setting given. The AppHost names the
    // profile for its services, which Aspire starts without an environment of their own.
    public static TelemetrySettings Read(IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(Section);
        var profile = section["Profile"] ?? (environment.IsDevelopment() ? nameof(Development) : nameof(Production));
        var defaults =
            profile.Equals(nameof(Development), StringComparison.OrdinalIgnoreCase) ? Development
            : profile.Equals(nameof(Production), StringComparison.OrdinalIgnoreCase) ? Production
            : throw new InvalidOperationException($"{Section}:Profile is {nameof(Development)} (full detail) or {nameof(Production)} (sampled); it is {profile}.");
        var ratio = section.GetValue(nameof(TraceRatio), defaults.TraceRatio);
        if (ratio is < 0 or > 1 || double.IsNaN(ratio))
        {
            throw new InvalidOperationException($"{Section}:{nameof(TraceRatio)} is the share of traces kept, from 0 to 1; it is {ratio.ToString(CultureInfo.InvariantCulture)}.");
        }
        var interval = section.GetValue(nameof(ExportInterval), defaults.ExportInterval);
        if (interval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{Section}:{nameof(ExportInterval)} must be positive (e.g. 00:00:05); it is {interval}.");
        }
        return new TelemetrySettings(ratio, section.GetValue(nameof(SqlSpans), defaults.SqlSpans), interval, section.GetValue(nameof(RequestLogs), defaults.RequestLogs));
    }

    // Parent-based: a trace is whole or absent across services. A call that arrives within a
    // trace follows the caller's decision; only a trace that starts here is drawn at the ratio.
    public Sampler Sampler() => new ParentBasedSampler(TraceRatio >= 1 ? new AlwaysOnSampler() : new TraceIdRatioBasedSampler(TraceRatio));

    public int ExportIntervalMilliseconds => (int)Math.Min(int.MaxValue, Math.Max(1, ExportInterval.TotalMilliseconds));
}
