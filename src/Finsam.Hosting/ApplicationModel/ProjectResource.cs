namespace Finsam.Hosting.ApplicationModel;

// A .NET project run as child processes, one per replica.
public sealed class ProjectResource(string name, IProjectMetadata project) : Resource(name)
{
    public IProjectMetadata Project { get; } = project;

    public int Replicas { get; set; } = 1;

    public List<EndpointAnnotation> Endpoints { get; } = [];

    public List<IResourceWithConnectionString> ConnectionStrings { get; } = [];

    // Projects this one calls, found through service discovery (services__{name}__...).
    public List<ProjectResource> ServiceReferences { get; } = [];

    public Dictionary<string, Func<string>> Environment { get; } = new(StringComparer.Ordinal);

    // Environment variables that hold secrets, to be masked wherever they are shown.
    public HashSet<string> SecretEnvironment { get; } = new(StringComparer.Ordinal);

    // The operators' dashboard: it receives the others' telemetry and is not listed among them.
    public bool IsDashboard { get; init; }
}
