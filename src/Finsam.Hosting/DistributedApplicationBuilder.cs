using Finsam.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Finsam.Hosting;

// The AppHost's description of the system: resources and how they are wired.
public sealed class DistributedApplicationBuilder
{
    // Set by the testing builder, which runs the AppHost's entry point to obtain its model.
    internal static readonly AsyncLocal<Action<DistributedApplicationBuilder>?> BuildInterceptor = new();

    private readonly List<Resource> _resources = [];

    internal DistributedApplicationBuilder(string[] args)
    {
        Args = args;
        HostBuilder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
    }

    public string[] Args { get; }

    public ConfigurationManager Configuration => HostBuilder.Configuration;

    public IReadOnlyList<Resource> Resources => _resources;

    internal HostApplicationBuilder HostBuilder { get; }

    public IResourceBuilder<T> AddResource<T>(T resource) where T : Resource
    {
        if (_resources.Any(r => string.Equals(r.Name, resource.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException($"A resource named '{resource.Name}' is already declared.");
        }
        _resources.Add(resource);
        return new ResourceBuilder<T>(resource, this);
    }

    public DistributedApplication Build()
    {
        if (BuildInterceptor.Value is { } intercept)
        {
            intercept(this);
            throw new ModelCapturedException();
        }
        return new DistributedApplication(this);
    }

    // Stops the AppHost's entry point once the testing builder has its model.
    internal sealed class ModelCapturedException() : Exception("The application model was captured for testing.");
}
