namespace Finsam.Hosting.Kubernetes.Model;

// One project of the AppHost as the cluster runs it: a Deployment and a Service of its own.
public sealed record Workload(
    string Name,
    string Image,
    int Replicas,
    IReadOnlyList<WorkloadPort> Ports,
    IReadOnlyList<KeyValuePair<string, ManifestValue>> Environment,
    WorkloadResources Resources,
    bool StickySessions)
{
    // Probed on its first port: over gRPC's health service where it speaks HTTP/2 only, else
    // GET /health and /alive.
    public WorkloadPort ProbePort => Ports[0];
}

// An endpoint of the project: the port its container listens on, which its Service also offers.
// External ones are reached from outside through an Ingress at Host.
public sealed record WorkloadPort(string Name, int Port, bool Http2Only, string? Host);

// What the scheduler reserves for one replica, and what it may not exceed.
public sealed record WorkloadResources(string CpuRequest, string MemoryRequest, string MemoryLimit)
{
    public static readonly WorkloadResources Default = new("100m", "192Mi", "512Mi");
}
