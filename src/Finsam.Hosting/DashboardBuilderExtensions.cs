using Finsam.Hosting.ApplicationModel;
using Finsam.Hosting.Dashboard;
using Microsoft.Extensions.DependencyInjection;

namespace Finsam.Hosting;

public static class DashboardBuilderExtensions
{
    // The operators' dashboard, on Aspire's ports: UI 18888, OTLP/gRPC 18889, OTLP/HTTP
    // 18890. Aspire brings its dashboard from a package; ours is a project of the
    // solution, so the AppHost names it. Every other project exports its telemetry here,
    // unless AppHost:OtlpEndpoint points them at another OTLP backend.
    public static IResourceBuilder<ProjectResource> AddDashboard<TProject>(this DistributedApplicationBuilder builder, string name = "dashboard")
        where TProject : IProjectMetadata, new()
    {
        var settings = new DashboardSettings();
        builder.HostBuilder.Services.AddSingleton(settings);
        builder.HostBuilder.Services.AddHostedService<ResourceServiceHost>();

        return builder.AddResource(new ProjectResource(name, new TProject()) { IsDashboard = true })
            .WithHttpEndpoint(port: 18888, name: "http")
            .WithHttpEndpoint(port: 18889, name: "otlp-grpc")
            .WithEndpoint("otlp-grpc", endpoint => endpoint.Transport = EndpointAnnotation.Http2)
            .WithHttpEndpoint(port: 18890, name: "otlp-http")
            .WithExternalHttpEndpoints()
            .WithEnvironment("Dashboard__Otlp__ApiKey", () => settings.OtlpApiKey, secret: true)
            .WithEnvironment("Dashboard__Frontend__BrowserToken", () => settings.BrowserToken, secret: true)
            .WithEnvironment("Dashboard__ResourceService__Url", () => settings.ResourceServiceUrl)
            .WithEnvironment("Dashboard__ResourceService__ApiKey", () => settings.ResourceServiceApiKey, secret: true);
    }
}
