using Finsam.Hosting.Kubernetes.Model;
using k8s.Models;

namespace Finsam.Hosting.Kubernetes.Manifests;

// One workload as Kubernetes objects: its Deployment, its Service, and an Ingress for each
// endpoint reached from outside (TLS at the ingress; gRPC needs HTTP/2 there, so its Ingress
// speaks gRPC to the backend).
public static class WorkloadManifests
{
    public const string NameLabel = "app.kubernetes.io/name";

    public static V1Deployment Deployment(Workload workload, string settingsMap, string imagePullSecret = "")
    {
        var container = new V1Container
        {
            Name = workload.Name,
            Image = workload.Image,
            Ports = [.. workload.Ports.Select(p => new V1ContainerPort { Name = p.Name, ContainerPort = p.Port, Protocol = "TCP" })],
            Env = EnvironmentWriter.Write(workload.Environment, settingsMap),
            Resources = new V1ResourceRequirements
            {
                Requests = new Dictionary<string, ResourceQuantity>
                {
                    ["cpu"] = new(workload.Resources.CpuRequest),
                    ["memory"] = new(workload.Resources.MemoryRequest),
                },
                Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new(workload.Resources.MemoryLimit) },
            },
            // Started once its migrations have run and its database answers (/health); restarted
            // when it no longer answers at all (/alive), which a database outage does not cause.
            StartupProbe = Probe(workload.ProbePort, ready: false, periodSeconds: 2, failureThreshold: 60),
            ReadinessProbe = Probe(workload.ProbePort, ready: true, periodSeconds: 5, failureThreshold: 3),
            LivenessProbe = Probe(workload.ProbePort, ready: false, periodSeconds: 10, failureThreshold: 3),
        };
        return new V1Deployment
        {
            ApiVersion = "apps/v1",
            Kind = "Deployment",
            Metadata = new V1ObjectMeta { Name = workload.Name, Labels = Labels(workload) },
            Spec = new V1DeploymentSpec
            {
                Replicas = workload.Replicas,
                Selector = new V1LabelSelector { MatchLabels = Labels(workload) },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = Labels(workload) },
                    Spec = new V1PodSpec
                    {
                        Containers = [container],
                        ImagePullSecrets = imagePullSecret.Length == 0 ? null : [new V1LocalObjectReference { Name = imagePullSecret }],
                        // Replicas on different machines where the cluster has them: one
                        // machine failing leaves the others serving.
                        TopologySpreadConstraints =
                        [
                            new V1TopologySpreadConstraint
                            {
                                MaxSkew = 1,
                                TopologyKey = "kubernetes.io/hostname",
                                WhenUnsatisfiable = "ScheduleAnyway",
                                LabelSelector = new V1LabelSelector { MatchLabels = Labels(workload) },
                            },
                        ],
                    },
                },
            },
        };
    }

    // A node drained for maintenance (a voluntary disruption) waits while it would take the
    // last serving replica; a workload of one replica has nothing to keep.
    public static V1PodDisruptionBudget? DisruptionBudget(Workload workload) => workload.Replicas < 2 ? null : new()
    {
        ApiVersion = "policy/v1",
        Kind = "PodDisruptionBudget",
        Metadata = new V1ObjectMeta { Name = workload.Name, Labels = Labels(workload) },
        Spec = new V1PodDisruptionBudgetSpec
        {
            MinAvailable = 1,
            Selector = new V1LabelSelector { MatchLabels = Labels(workload) },
        },
    };

    public static V1Service Service(Workload workload) => new()
    {
        ApiVersion = "v1",
        Kind = "Service",
        Metadata = new V1ObjectMeta { Name = workload.Name, Labels = Labels(workload) },
        Spec = new V1ServiceSpec
        {
            Selector = Labels(workload),
            Ports = [.. workload.Ports.Select(p => new V1ServicePort
            {
                Name = p.Name,
                Port = p.Port,
                TargetPort = p.Name,
                Protocol = "TCP",
                AppProtocol = p.Http2Only ? "kubernetes.io/h2c" : "http",
            })],
        },
    };

    public static IEnumerable<V1Ingress> Ingresses(Workload workload, KubernetesSettings settings) =>
        workload.Ports.Where(p => p.Host is not null).Select(port => new V1Ingress
        {
            ApiVersion = "networking.k8s.io/v1",
            Kind = "Ingress",
            Metadata = new V1ObjectMeta
            {
                Name = port.Name == "http" ? workload.Name : $"{workload.Name}-{port.Name}",
                Labels = Labels(workload),
                Annotations = IngressAnnotations(workload, port),
            },
            Spec = new V1IngressSpec
            {
                IngressClassName = settings.IngressClass,
                Tls = [new V1IngressTLS { Hosts = [port.Host!], SecretName = settings.TlsSecret }],
                Rules =
                [
                    new V1IngressRule
                    {
                        Host = port.Host,
                        Http = new V1HTTPIngressRuleValue
                        {
                            Paths =
                            [
                                new V1HTTPIngressPath
                                {
                                    Path = "/",
                                    PathType = "Prefix",
                                    Backend = new V1IngressBackend
                                    {
                                        Service = new V1IngressServiceBackend
                                        {
                                            Name = workload.Name,
                                            Port = new V1ServiceBackendPort { Name = port.Name },
                                        },
                                    },
                                },
                            ],
                        },
                    },
                ],
            },
        });

    // ingress-nginx's annotations: the one ingress controller whose gRPC and cookie affinity
    // settings are plain annotations.
    private static Dictionary<string, string> IngressAnnotations(Workload workload, WorkloadPort port)
    {
        var annotations = new Dictionary<string, string>();
        if (port.Http2Only)
        {
            annotations["nginx.ingress.kubernetes.io/backend-protocol"] = "GRPC";
        }
        if (workload.StickySessions)
        {
            annotations["nginx.ingress.kubernetes.io/affinity"] = "cookie";
            annotations["nginx.ingress.kubernetes.io/session-cookie-name"] = $"{workload.Name}-replica";
            annotations["nginx.ingress.kubernetes.io/session-cookie-samesite"] = "Lax";
        }
        return annotations;
    }

    // A service that speaks HTTP/2 cleartext only is asked over gRPC's health service (the
    // "liveness" service name answers from the checks /alive runs); others over HTTP/1.1.
    private static V1Probe Probe(WorkloadPort port, bool ready, int periodSeconds, int failureThreshold) => new()
    {
        Grpc = port.Http2Only ? new V1GRPCAction { Port = port.Port, Service = ready ? "" : "liveness" } : null,
        HttpGet = port.Http2Only ? null : new V1HTTPGetAction { Port = port.Name, Path = ready ? "/health" : "/alive" },
        PeriodSeconds = periodSeconds,
        FailureThreshold = failureThreshold,
        TimeoutSeconds = 3,
    };

    private static Dictionary<string, string> Labels(Workload workload) => new()
    {
        [NameLabel] = workload.Name,
    };
}
