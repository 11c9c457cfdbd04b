using Finsam.Hosting.ApplicationModel;

namespace Finsam.Hosting;

// The wiring verbs of an Aspire AppHost.
public static class ResourceBuilderExtensions
{
    public static IResourceBuilder<ProjectResource> AddProject<TProject>(this DistributedApplicationBuilder builder, string name)
        where TProject : IProjectMetadata, new() =>
        builder.AddResource(new ProjectResource(name, new TProject()));

    // Hands the project ConnectionStrings__{name}.
    public static IResourceBuilder<ProjectResource> WithReference<T>(this IResourceBuilder<ProjectResource> builder, IResourceBuilder<T> source)
        where T : Resource, IResourceWithConnectionString
    {
        builder.Resource.ConnectionStrings.Add(source.Resource);
        return builder;
    }

    // Hands the project services__{name}__{endpoint}__{n} for each replica of the other project.
    public static IResourceBuilder<ProjectResource> WithReference(this IResourceBuilder<ProjectResource> builder, IResourceBuilder<ProjectResource> service)
    {
        builder.Resource.ServiceReferences.Add(service.Resource);
        return builder;
    }

    public static IResourceBuilder<T> WaitFor<T>(this IResourceBuilder<T> builder, IResourceBuilder<Resource> dependency) where T : Resource
    {
        builder.Resource.WaitsFor.Add(dependency.Resource);
        return builder;
    }

    public static IResourceBuilder<ProjectResource> WithHttpEndpoint(this IResourceBuilder<ProjectResource> builder, int? port = null, string? name = null)
    {
        var endpointName = name ?? EndpointAnnotation.Http;
        if (builder.Resource.Endpoints.Any(e => e.Name == endpointName))
        {
            throw new InvalidOperationException($"{builder.Resource.Name} already has an endpoint named '{endpointName}'.");
        }
        builder.Resource.Endpoints.Add(new EndpointAnnotation(endpointName) { Port = port });
        return builder;
    }

    public static IResourceBuilder<ProjectResource> WithEndpoint(this IResourceBuilder<ProjectResource> builder, string name, Action<EndpointAnnotation> configure)
    {
        var endpoint = builder.Resource.Endpoints.SingleOrDefault(e => e.Name == name);
        if (endpoint is null)
        {
            endpoint = new EndpointAnnotation(name);
            builder.Resource.Endpoints.Add(endpoint);
        }
        configure(endpoint);
        return builder;
    }

    public static IResourceBuilder<ProjectResource> WithExternalHttpEndpoints(this IResourceBuilder<ProjectResource> builder)
    {
        foreach (var endpoint in builder.Resource.Endpoints)
        {
            endpoint.IsExternal = true;
        }
        return builder;
    }

    public static IResourceBuilder<ProjectResource> WithReplicas(this IResourceBuilder<ProjectResource> builder, int replicas)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replicas, 1);
        builder.Resource.Replicas = replicas;
        return builder;
    }

    public static IResourceBuilder<ProjectResource> WithEnvironment(this IResourceBuilder<ProjectResource> builder, string name, string value)
    {
        builder.Resource.Environment[name] = () => value;
        return builder;
    }

    public static IResourceBuilder<SecretResource> AddSecret(this DistributedApplicationBuilder builder, string name, SecretKind kind = SecretKind.Password) =>
        builder.AddResource(new SecretResource(name, kind));

    public static IResourceBuilder<ProjectResource> WithEnvironment(this IResourceBuilder<ProjectResource> builder, string name, IResourceBuilder<SecretResource> secret)
    {
        builder.Resource.SecretEnvironment.Add(name);
        builder.Resource.Environment[name] = secret.Resource.GetValue;
        return builder;
    }

    public static IResourceBuilder<ProjectResource> WithEnvironment(this IResourceBuilder<ProjectResource> builder, string name, Func<string> value, bool secret = false)
    {
        builder.Resource.Environment[name] = value;
        if (secret)
        {
            builder.Resource.SecretEnvironment.Add(name);
        }
        return builder;
    }
}
