using Finsam.Hosting.Kubernetes.Model;

namespace Finsam.Hosting.Tests.Kubernetes;

// Workloads as the reader makes them from a model, written out by hand for the writer's tests.
internal static class Workloads
{
    public static Workload GrpcService(string name, params KeyValuePair<string, ManifestValue>[] environment) => new(
        name, $"finsam.{name}", 2, [new WorkloadPort("http", 8080, Http2Only: true, Host: null)], environment, WorkloadResources.Default, StickySessions: false);

    public static Workload Gateway() => new(
        "gateway", "finsam.gateway", 2,
        [new WorkloadPort("http", 8080, Http2Only: false, Host: "gateway.finsam.example"), new WorkloadPort("grpc", 8081, Http2Only: true, Host: "gateway-grpc.finsam.example")],
        [], WorkloadResources.Default, StickySessions: false);

    public static Workload WebApp() => new(
        "web", "finsam.web", 3, [new WorkloadPort("http", 8080, Http2Only: false, Host: "web.finsam.example")], [], WorkloadResources.Default, StickySessions: true);

    public static KeyValuePair<string, ManifestValue> Variable(string name, ManifestValue value) => new(name, value);
}
