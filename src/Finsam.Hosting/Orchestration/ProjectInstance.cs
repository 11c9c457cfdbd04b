using Finsam.Hosting.ApplicationModel;

namespace Finsam.Hosting.Orchestration;

// One replica of a project, with the ports it was given for this run.
internal sealed class ProjectInstance(ProjectResource resource, int replica, IReadOnlyDictionary<string, int> ports)
{
    public ProjectResource Resource { get; } = resource;

    public string Name { get; } = resource.Replicas == 1 ? resource.Name : $"{resource.Name}-{replica}";

    public IReadOnlyDictionary<string, int> Ports { get; } = ports;

    public string ServiceInstanceId { get; } = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();

    public string UrlOf(EndpointAnnotation endpoint) => $"{endpoint.UriScheme}://localhost:{Ports[endpoint.Name]}";

    public IReadOnlyList<string> Urls => Resource.Endpoints.Select(UrlOf).ToList();

    // Probed over HTTP/1.1 where the project has such an endpoint, else over HTTP/2 prior knowledge.
    public (string Url, bool Http2) HealthEndpoint
    {
        get
        {
            var endpoint = Resource.Endpoints.FirstOrDefault(e => e.Transport == EndpointAnnotation.Http) ?? Resource.Endpoints[0];
            return (UrlOf(endpoint) + "/health", endpoint.Transport == EndpointAnnotation.Http2);
        }
    }
}
