using Microsoft.Extensions.Configuration;

namespace Finsam.Hosting.Kubernetes;

// What an operator chooses for a cluster, from the AppHost's configuration section "Kubernetes"
// (--Kubernetes:Replicas=3 on the publish command line, or the environment).
public sealed record KubernetesSettings
{
    public const string Section = "Kubernetes";

    // Replicas of each project unless the model gives it its own (WithReplicas).
    public int Replicas { get; init; } = 2;

    // Public host names are {resource}.{Domain} for an external endpoint named "http",
    // {resource}-{endpoint}.{Domain} for another.
    public string Domain { get; init; } = "finsam.example";

    public string IngressClass { get; init; } = "nginx";

    // The Secret (kubernetes.io/tls) that holds the public hosts' certificate.
    public string TlsSecret { get; init; } = "finsam-tls";

    // Prefixed to each image name in the kustomization's images, with the tag.
    public string ImageRegistry { get; init; } = "";

    public string ImageTag { get; init; } = "latest";

    // The Secret (kubernetes.io/dockerconfigjson) the pods pull their images with, for a
    // registry that wants a login; none when empty.
    public string ImagePullSecret { get; init; } = "";

    // Where the services send logs, traces and metrics (OTLP over gRPC), a setting in the
    // cluster's ConfigMap.
    public string OtlpEndpoint { get; init; } = "http://otel-collector:4317";

    public static KubernetesSettings From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<KubernetesSettings>() ?? new KubernetesSettings();
}
