using Finsam.Dashboard;
using Finsam.Dashboard.Components;
using Finsam.Dashboard.Otlp;
using Finsam.Dashboard.Resources;
using Finsam.Dashboard.Telemetry;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.FluentUI.AspNetCore.Components;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.Services.Configure<DashboardOptions>(builder.Configuration.GetSection("Dashboard"));
builder.Services.Configure<TelemetryLimits>(builder.Configuration.GetSection("Dashboard:Telemetry"));
builder.Services.AddSingleton<TelemetryStore>();
builder.Services.AddSingleton<OtlpReceiver>();
builder.Services.AddSingleton<OtlpApiKey>();
builder.Services.AddSingleton<ResourceWatcher>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<ResourceWatcher>());
builder.Services.AddGrpc(grpc => grpc.Interceptors.Add<OtlpApiKeyInterceptor>());

builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(cookie =>
    {
        cookie.Cookie.Name = ".Finsam.Dashboard";
        cookie.LoginPath = "/login";
    });
builder.Services.AddAuthorization();
builder.Services.AddCascadingAuthenticationState();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddFluentUIComponents();

var app = builder.Build();
var ports = DashboardPorts.From(app.Configuration);

app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

// OTLP: gRPC on its port, HTTP/protobuf on its own; neither serves the UI.
app.MapGrpcService<OtlpTraceService>().RequireHost(ports.OtlpGrpcHost).AllowAnonymous();
app.MapGrpcService<OtlpLogsService>().RequireHost(ports.OtlpGrpcHost).AllowAnonymous();
app.MapGrpcService<OtlpMetricsService>().RequireHost(ports.OtlpGrpcHost).AllowAnonymous();
app.MapOtlpHttp(ports.OtlpHttpHost);

app.MapBrowserLogin();
app.MapStaticAssets();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode()
    .RequireAuthorization();
app.MapDefaultEndpoints();

app.Run();
