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
    // Probed with GET /health and /alive on a port that speaks HTTP/1.1, where it has one;
    // else over gRPC's health service on its first port.
    public WorkloadPort ProbePort => Ports.FirstOrDefault(p => !p.Http2Only) ?? Ports[0];
}

// An endpoint of the project: the port its container listens on, which its Service also offers.
// External ones are reached from outside through an Ingress at Host.
public sealed record WorkloadPort(string Name, int Port, bool Http2Only, string? Host);

// What the scheduler reserves for one replica, and what it may not exceed.
public sealed record WorkloadResources(string CpuRequest, string MemoryRequest, string MemoryLimit)
{
    public static readonly WorkloadResources Default = new("100m", "192Mi", "512Mi");
}
