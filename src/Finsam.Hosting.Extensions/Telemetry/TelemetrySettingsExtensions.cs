using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Finsam.Hosting.Telemetry;

public static class TelemetrySettingsExtensions
{
    private const string Section = "Finsam:Telemetry";

    // The AppHost's own Finsam:Telemetry settings (its command line, environment or
    // appsettings), handed to a project as Finsam__Telemetry__*. Aspire starts projects without
    // an environment name (so in Production) and with OTEL_TRACES_SAMPLER=always_on: the
    // profile, Development or Production, is the AppHost's own environment's unless set, so
    // that a developer's dashboard shows everything and a production system (and a published one) samples; what is
    // not set each process takes from that profile (TelemetrySettings in the service defaults).
    public static IResourceBuilder<ProjectResource> WithTelemetrySettings(
        this IResourceBuilder<ProjectResource> project, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(Section);
        // Published for a cluster, the profile is Production whatever the publishing machine's.
        var development = environment.IsDevelopment() && !project.ApplicationBuilder.ExecutionContext.IsPublishMode;
        project.WithEnvironment("Finsam__Telemetry__Profile", section["Profile"] ?? (development ? "Development" : "Production"));
        foreach (var setting in section.GetChildren().Where(s => s.Value is not null && !s.Key.Equals("Profile", StringComparison.OrdinalIgnoreCase)))
        {
            project.WithEnvironment($"Finsam__Telemetry__{setting.Key}", setting.Value);
        }
        return project;
    }
}
