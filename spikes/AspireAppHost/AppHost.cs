using Finsam.Spike;
using Microsoft.Extensions.DependencyInjection;

var builder = DistributedApplication.CreateBuilder(args);
if (Environment.GetEnvironmentVariable("FINSAM_SPIKE_MONITOR") == "1")
{
    builder.Eventing.Subscribe<BeforeStartEvent>((e, ct) =>
    {
        var lifetime = e.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>();
        _ = ActivatorUtilities.CreateInstance<SpikeMonitor>(e.Services).RunAsync(lifetime.ApplicationStopping);
        return Task.CompletedTask;
    });
}

// DCP does not restart a crashed process: we do (see CrashRestarter).
builder.Eventing.Subscribe<BeforeStartEvent>((e, ct) =>
{
    var lifetime = e.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>();
    _ = ActivatorUtilities.CreateInstance<CrashRestarter>(e.Services).RunAsync(lifetime.ApplicationStopping);
    return Task.CompletedTask;
});

var dataDirectory = Environment.GetEnvironmentVariable("FINSAM_SPIKE_DATA") ?? "/tmp/finsam-aspire-spike/postgres";
var postgres = builder.AddDebianPostgres("postgres", dataDirectory);
var fundingDb = postgres.AddServiceDatabase("fundingdb", role: "funding");

// One of our services, by path (no ProjectReference). Its "http" endpoint is h2c (gRPC),
// "health" is HTTP/1.1 for probes. ASPNETCORE_URLS carries no protocol, so Kestrel is told
// per endpoint through configuration.
var funding = builder.AddProject("funding", "../../src/Finsam.Funding/Finsam.Funding.csproj", launchProfileName: null)
    .WithHttpEndpoint(name: "http")
    .WithEndpoint("http", e => e.Transport = "http2")
    .WithHttpEndpoint(name: "health");
funding
    .WithEnvironment(ctx =>
    {
        foreach (var (name, protocols) in new[] { ("http", "Http2"), ("health", "Http1") })
        {
            ctx.EnvironmentVariables[$"Kestrel__Endpoints__{name}__Url"] =
                ReferenceExpression.Create($"http://127.0.0.1:{funding.GetEndpoint(name).Property(EndpointProperty.TargetPort)}");
            ctx.EnvironmentVariables[$"Kestrel__Endpoints__{name}__Protocols"] = protocols;
        }
    })
    .WithHttpHealthCheck("/health", endpointName: "health")
    .WithReference(fundingDb)
    .WaitFor(fundingDb);

// The gateway's two fixed ports as it would declare them (DCP proxies these ports to
// target ports it picks; isProxied: false would make the process bind them itself).
var gateway = builder.AddExecutable("gateway-ports", "sleep", ".", "infinity")
    .WithHttpEndpoint(name: "http", port: 5080)
    .WithHttpEndpoint(name: "grpc", port: 5081)
    .WithEndpoint("grpc", e => e.Transport = "http2");
gateway.WithEnvironment(ctx =>
{
    ctx.EnvironmentVariables["HTTP_TARGET_PORT"] = gateway.GetEndpoint("http").Property(EndpointProperty.TargetPort);
    ctx.EnvironmentVariables["GRPC_TARGET_PORT"] = gateway.GetEndpoint("grpc").Property(EndpointProperty.TargetPort);
});

builder.Build().Run();
