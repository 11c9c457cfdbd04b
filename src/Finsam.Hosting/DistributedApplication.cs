using Finsam.Hosting.ApplicationModel;
using Finsam.Hosting.Orchestration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Finsam.Hosting;

// A running system: the host that starts, watches and stops every resource.
public sealed class DistributedApplication : IAsyncDisposable
{
    private readonly IHost _host;

    internal DistributedApplication(DistributedApplicationBuilder builder)
    {
        var services = builder.HostBuilder.Services;
        services.Configure<AppHostOptions>(builder.Configuration.GetSection(AppHostOptions.Section));
        services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromMinutes(2));
        services.AddSingleton(new DistributedApplicationModel(builder.Resources.ToList()));
        services.AddSingleton<ResourceNotificationService>();
        services.AddSingleton<ConsoleLogs>();
        services.AddSingleton<Orchestrator>();
        services.AddHostedService(sp => sp.GetRequiredService<Orchestrator>());
        _host = builder.HostBuilder.Build();
    }

    public static DistributedApplicationBuilder CreateBuilder(string[] args) => new(args);

    public IServiceProvider Services => _host.Services;

    public ResourceNotificationService ResourceNotifications => Services.GetRequiredService<ResourceNotificationService>();

    public DistributedApplicationModel Model => Services.GetRequiredService<DistributedApplicationModel>();

    public string DataDirectory => Services.GetRequiredService<Orchestrator>().Data.Root;

    // The address of a project's endpoint (its first replica).
    public Uri GetEndpoint(string resourceName, string endpointName = "http") =>
        Services.GetRequiredService<Orchestrator>().GetEndpoint(resourceName, endpointName);

    // The dashboard's sign-in link for this run, when the AppHost has a dashboard.
    public Uri? DashboardLoginUrl => Services.GetService<Dashboard.DashboardSettings>()?.LoginUrl;

    public Task StopResourceAsync(string resourceName) =>
        Services.GetRequiredService<Orchestrator>().StopResourceAsync(resourceName);

    public Task StartResourceAsync(string resourceName) =>
        Services.GetRequiredService<Orchestrator>().StartResourceAsync(resourceName);

    internal List<Func<ValueTask>> OnDisposed { get; } = [];

    public Task StartAsync(CancellationToken cancellationToken = default) => _host.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken = default) => _host.StopAsync(cancellationToken);

    public Task RunAsync(CancellationToken cancellationToken = default) => _host.RunAsync(cancellationToken);

    public void Run()
    {
        try
        {
            _host.Run();
        }
        catch (InvalidOperationException exception)
        {
            // A problem a person can fix (no PostgreSQL, a busy data folder): say it plainly.
            Console.Error.WriteLine(exception.Message);
            Environment.ExitCode = 1;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        foreach (var callback in OnDisposed)
        {
            await callback();
        }
    }
}
