using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Finsam.Hosting.Readiness;
using Microsoft.Extensions.DependencyInjection;

namespace Finsam.Hosting.Tests.Readiness;

public sealed class AllReadyTests
{
    [Fact]
    public async Task The_system_is_announced_once_when_the_last_resource_is_ready_and_not_again_after_a_restart()
    {
        var builder = DistributedApplication.CreateBuilder();
        var resources = new IResource[] { new Service("funding"), new Service("gateway"), new Service("web") };
        var announced = 0;
        builder.OnAllReady(resources, () => announced++);
        var services = new ServiceCollection().BuildServiceProvider();

        Task ReadyAsync(IResource resource) => builder.Eventing.PublishAsync(new ResourceReadyEvent(resource, services));

        await ReadyAsync(resources[1]);
        await ReadyAsync(resources[0]);
        // The gateway restarted and is ready again: still not everything.
        await ReadyAsync(resources[1]);
        Assert.Equal(0, announced);

        await ReadyAsync(resources[2]);
        Assert.Equal(1, announced);

        await ReadyAsync(resources[0]);
        await ReadyAsync(resources[2]);
        Assert.Equal(1, announced);
    }

    private sealed class Service(string name) : Resource(name);
}
