using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Finsam.Hosting.Replicas;

public static class ReplicaBuilderExtensions
{
    // Runs the project as several processes on this machine (AppHost:Replicas). A port is
    // bound once, so each endpoint then goes through DCP's proxy, which spreads connections
    // over the replicas and stops sending them to one that died. A single process keeps
    // binding its own port (KestrelEndpointExtensions: callers refused at once while it is
    // down). Call it after the endpoints are declared. Publishing, the cluster's replicas are
    // the Kubernetes settings' (Finsam.Hosting.Kubernetes), and this does nothing.
    public static IResourceBuilder<ProjectResource> WithLocalReplicas(this IResourceBuilder<ProjectResource> project, int replicas)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replicas, 1);
        if (replicas == 1 || project.ApplicationBuilder.ExecutionContext.IsPublishMode)
        {
            return project;
        }
        foreach (var endpoint in project.Resource.Annotations.OfType<EndpointAnnotation>())
        {
            // The port stays what clients are given (the proxy's); each replica gets a port of
            // its own from DCP, which Aspire refuses to share when a target port is set.
            endpoint.IsProxied = true;
            endpoint.TargetPort = null;
        }
        return project.WithReplicas(replicas);
    }
}
