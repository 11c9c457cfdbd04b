using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Finsam.Hosting.Restarts;

public static class RestartBuilderExtensions
{
    // Every project and executable that crashes is started again (see CrashRestarter).
    public static IDistributedApplicationBuilder AddCrashRestarts(this IDistributedApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CrashRestarter>();
        // Started before the resources: a hosted service would wait for every WaitFor first.
        builder.Eventing.Subscribe<BeforeStartEvent>((started, cancellationToken) =>
        {
            var lifetime = started.Services.GetRequiredService<IHostApplicationLifetime>();
            _ = started.Services.GetRequiredService<CrashRestarter>().WatchAsync(lifetime.ApplicationStopping);
            return Task.CompletedTask;
        });
        return builder;
    }
}
