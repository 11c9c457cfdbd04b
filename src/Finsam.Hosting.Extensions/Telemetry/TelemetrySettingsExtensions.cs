using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;

namespace Finsam.Hosting.Telemetry;

public static class TelemetrySettingsExtensions
{
    private const string Section = "Finsam:Telemetry";

    // The AppHost's own Finsam:Telemetry settings (its command line, environment or
    // appsettings), handed to a project as Finsam__Telemetry__*; what is not set there each
    // process takes from its environment's defaults (TelemetrySettings in the service defaults).
    // Aspire's OTEL_TRACES_SAMPLER and export intervals do not decide: these settings do.
    public static IResourceBuilder<ProjectResource> WithTelemetrySettings(this IResourceBuilder<ProjectResource> project, IConfiguration configuration)
    {
        foreach (var setting in configuration.GetSection(Section).GetChildren().Where(s => s.Value is not null))
        {
            project.WithEnvironment($"Finsam__Telemetry__{setting.Key}", setting.Value);
        }
        return project;
    }
}
