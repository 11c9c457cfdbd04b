using Finsam.Contracts;
using Finsam.Gateway.ApiDescription;
using Finsam.Gateway.Health;
using Finsam.Gateway.Overload;
using Finsam.Gateway.Routing;
using Finsam.ServiceDefaults.Security;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.ServiceDiscovery;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
// The gateway turns away calls without a valid token; each service still checks the
// caller's role and federation itself.
builder.AddFinsamAuthentication();

var rateLimits = builder.Configuration.GetSection(RateLimits.Section).Get<RateLimits>() ?? new RateLimits();
RateLimits.AddPerClientRateLimits(builder.Services, rateLimits);

// Clusters and the few routes that are no RPC come from configuration; a route for every RPC
// from the contracts.
builder.Services.AddReverseProxy()
    .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
    .LoadFromMemory(ContractRoutes.Of(ContractServices.All), []);
WithoutCustomVerb.Add(builder.Services);
builder.Services.AddSingleton<IDestinationResolver, ServiceDiscoveryDestinationResolver>();
builder.Services.AddSingleton<IForwarderHttpClientFactory, ForwarderTimeouts>();
ServicesHealthCheck.Add(builder.Services);
ServerReflection.Add(builder.Services);

var concurrencyLimits = builder.Configuration.GetSection(ConcurrencyLimits.Section).Get<ConcurrencyLimits>() ?? new ConcurrencyLimits();

var app = builder.Build();

// First: a request the system has no room for costs nothing more than its refusal.
app.Use(ConcurrencyLimits.ShedExcess(concurrencyLimits));
const long defaultBodyLimit = 4 * 1024 * 1024;
app.Use(RequestSizeLimit.RefuseOversizedBodies(
    builder.Configuration.GetValue<long?>("Kestrel:Limits:MaxRequestBodySize") ?? defaultBodyLimit));
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapDefaultEndpoints();
ServerReflection.Map(app, RateLimits.PerClientPolicy);
ApiDescriptionEndpoints.Map(app, RateLimits.PerClientPolicy);
app.MapReverseProxy(proxy => proxy.Use(UnavailableServiceResponses.WriteWhenForwardingFailed));

app.Run();
