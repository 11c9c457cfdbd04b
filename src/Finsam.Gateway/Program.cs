using Finsam.Gateway.Routing;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.ServiceDiscovery;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();

builder.Services.AddReverseProxy()
    .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
builder.Services.AddSingleton<IDestinationResolver, ServiceDiscoveryDestinationResolver>();
builder.Services.AddSingleton<IForwarderHttpClientFactory, ForwarderTimeouts>();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapReverseProxy(proxy => proxy.Use(UnavailableServiceResponses.WriteWhenForwardingFailed));

app.Run();
