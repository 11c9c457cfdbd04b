using System.Net;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Finsam.Hosting.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Finsam.Hosting.Endpoints;

public static class KestrelEndpointExtensions
{
    // A probe answers now, without retries: trying again is the next probe's job.
    private static readonly HttpClient Http2Probe = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(2) })
    {
        DefaultRequestVersion = HttpVersion.Version20,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        Timeout = TimeSpan.FromSeconds(5),
    };

    private static readonly HttpClient Http1Probe = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(2) })
    {
        Timeout = TimeSpan.FromSeconds(5),
    };

    // A gRPC service's one endpoint, "http": cleartext HTTP/2 only (a cleartext port speaks
    // one protocol), healthy when /health answers over HTTP/2. Aspire hands the service
    // ASPNETCORE_URLS and other services services__{name}__http__0; the protocol is ours to set.
    // The service binds its port itself rather than behind DCP's proxy: a proxy accepts the
    // connection of a stopped service and holds it, where callers must be refused at once
    // (Unavailable, not a deadline). The port is chosen once, so it outlives restarts.
    public static IResourceBuilder<ProjectResource> WithGrpcEndpoint(this IResourceBuilder<ProjectResource> project)
    {
        project
            .WithHttpEndpoint(port: LoopbackPorts.Free(), name: "http", isProxied: false)
            .WithEndpoint("http", endpoint => endpoint.Transport = "http2")
            .WithEnvironment("Kestrel__EndpointDefaults__Protocols", "Http2");

        return project.WithHealthProbe("http", Http2Probe);
    }

    // Healthy when the endpoint's /health answers (over HTTP/1.1), seen as soon as it first
    // does (FirstAnswerHealthCheck); Aspire's WithHttpHealthCheck is seen up to 5 s later.
    public static IResourceBuilder<ProjectResource> WithHttpHealthProbe(this IResourceBuilder<ProjectResource> project, string endpointName) =>
        project.WithHealthProbe(endpointName, Http1Probe);

    private static IResourceBuilder<ProjectResource> WithHealthProbe(this IResourceBuilder<ProjectResource> project, string endpointName, HttpClient probe)
    {
        var endpoint = project.GetEndpoint(endpointName);
        var healthCheck = $"{project.Resource.Name}-{endpointName}-health";
        project.ApplicationBuilder.Services.AddHealthChecks().AddCheck(healthCheck, new FirstAnswerHealthCheck(async cancellationToken =>
        {
            try
            {
                using var response = await probe.GetAsync(new Uri(new Uri(endpoint.Url), "/health"), cancellationToken);
                return response.IsSuccessStatusCode
                    ? HealthCheckResult.Healthy()
                    : HealthCheckResult.Unhealthy($"/health answered {(int)response.StatusCode}.");
            }
            catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
            {
                return HealthCheckResult.Unhealthy("/health did not answer.");
            }
        }));
        return project.WithHealthCheck(healthCheck);
    }

    // One of several endpoints of a project that speak different protocols (the gateway's
    // JSON on HTTP/1.1 and gRPC on HTTP/2): Kestrel is given each endpoint with its protocol.
    // The project binds the port itself: callers are refused at once when it is down, and it
    // sees each caller's own address (per-address limits), not a proxy's.
    public static IResourceBuilder<ProjectResource> WithKestrelEndpoint(
        this IResourceBuilder<ProjectResource> project, string name, int port, HttpProtocols protocols)
    {
        project.WithHttpEndpoint(port: port, name: name, isProxied: false);
        if (protocols == HttpProtocols.Http2)
        {
            project.WithEndpoint(name, endpoint => endpoint.Transport = "http2");
        }
        var endpoint = project.GetEndpoint(name);
        return project.WithEnvironment(context =>
        {
            // Loopback here; in a container, every address (the cluster reaches it from outside).
            var host = context.ExecutionContext.IsPublishMode ? "0.0.0.0" : "127.0.0.1";
            context.EnvironmentVariables[$"Kestrel__Endpoints__{name}__Url"] =
                ReferenceExpression.Create($"http://{host}:{endpoint.Property(EndpointProperty.TargetPort)}");
            context.EnvironmentVariables[$"Kestrel__Endpoints__{name}__Protocols"] = protocols.ToString();
        });
    }
}
