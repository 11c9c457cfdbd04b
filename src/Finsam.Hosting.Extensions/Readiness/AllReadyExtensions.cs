using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Finsam.Hosting.Readiness;

public static class AllReadyExtensions
{
    // Runs whenReady once, when every one of the resources has been ready (healthy) at least
    // once since the start: the resources start side by side, so no one of them being ready
    // says the others are.
    public static IDistributedApplicationBuilder OnAllReady(
        this IDistributedApplicationBuilder builder, IReadOnlyCollection<IResource> resources, Action whenReady)
    {
        var waitingFor = resources.Select(resource => resource.Name).ToHashSet();
        foreach (var resource in resources)
        {
            builder.Eventing.Subscribe<ResourceReadyEvent>(resource, (_, _) =>
            {
                bool allReady;
                lock (waitingFor)
                {
                    // Ready again after a restart is not news: only the first time all are.
                    allReady = waitingFor.Remove(resource.Name) && waitingFor.Count == 0;
                }
                if (allReady)
                {
                    whenReady();
                }
                return Task.CompletedTask;
            });
        }
        return builder;
    }
}
