using Finsam.Hosting.Kubernetes;
using Finsam.Hosting.Kubernetes.Manifests;
using static Finsam.Hosting.Tests.Kubernetes.Workloads;

namespace Finsam.Hosting.Tests.Kubernetes;

public sealed class WorkloadManifestsTests
{
    private static readonly KubernetesSettings Settings = new() { TlsSecret = "tls", IngressClass = "nginx" };

    [Fact]
    public void A_service_that_speaks_only_http2_is_probed_over_grpc_health()
    {
        var container = WorkloadManifests.Deployment(GrpcService("funding"), "settings").Spec.Template.Spec.Containers[0];

        Assert.Equal((8080, ""), (container.ReadinessProbe.Grpc.Port, container.ReadinessProbe.Grpc.Service));
        Assert.Equal("liveness", container.LivenessProbe.Grpc.Service);
        Assert.Equal("liveness", container.StartupProbe.Grpc.Service);
        Assert.Null(container.ReadinessProbe.HttpGet);
    }

    [Fact]
    public void A_project_on_http1_is_probed_with_get_health_and_alive()
    {
        var container = WorkloadManifests.Deployment(Gateway(), "settings").Spec.Template.Spec.Containers[0];

        Assert.Equal(("http", "/health"), (container.ReadinessProbe.HttpGet.Port.Value, container.ReadinessProbe.HttpGet.Path));
        Assert.Equal("/alive", container.LivenessProbe.HttpGet.Path);
        Assert.Null(container.ReadinessProbe.Grpc);
    }

    // The gateway's gRPC port has no health service of its own: its HTTP/1.1 port answers.
    [Fact]
    public void A_project_with_both_kinds_of_port_is_probed_on_the_http1_one()
    {
        var grpcFirst = Gateway() with { Ports = [.. Gateway().Ports.Reverse()] };

        var container = WorkloadManifests.Deployment(grpcFirst, "settings").Spec.Template.Spec.Containers[0];

        Assert.Equal("http", container.ReadinessProbe.HttpGet.Port.Value);
        Assert.Null(container.LivenessProbe.Grpc);
    }

    [Fact]
    public void The_deployment_has_the_workloads_replicas_and_selects_its_own_pods()
    {
        var deployment = WorkloadManifests.Deployment(WebApp(), "settings");

        Assert.Equal(3, deployment.Spec.Replicas);
        Assert.Equal("web", deployment.Spec.Selector.MatchLabels[WorkloadManifests.NameLabel]);
        Assert.Equal(deployment.Spec.Selector.MatchLabels, deployment.Spec.Template.Metadata.Labels);
    }

    [Fact]
    public void Replicas_spread_over_machines_and_a_drain_leaves_one_serving()
    {
        var pod = WorkloadManifests.Deployment(WebApp(), "settings").Spec.Template.Spec;
        var spread = Assert.Single(pod.TopologySpreadConstraints);
        Assert.Equal("kubernetes.io/hostname", spread.TopologyKey);
        Assert.Equal(spread.LabelSelector.MatchLabels, WorkloadManifests.Deployment(WebApp(), "settings").Spec.Selector.MatchLabels);

        var budget = WorkloadManifests.DisruptionBudget(WebApp());
        Assert.Equal("1", budget?.Spec.MinAvailable?.Value);
        Assert.Equal("web", budget!.Spec.Selector.MatchLabels[WorkloadManifests.NameLabel]);
        Assert.Null(WorkloadManifests.DisruptionBudget(WebApp() with { Replicas = 1 }));
    }

    [Fact]
    public void The_service_offers_each_port_by_name_and_says_which_speak_h2c()
    {
        var service = WorkloadManifests.Service(Gateway());

        Assert.Equal(
            [("http", 8080, "http"), ("grpc", 8081, "kubernetes.io/h2c")],
            service.Spec.Ports.Select(p => (p.Name, p.Port, p.AppProtocol)));
        Assert.All(service.Spec.Ports, p => Assert.Equal(p.Name, p.TargetPort.Value));
    }

    [Fact]
    public void Each_external_port_has_an_ingress_with_tls_and_grpc_goes_to_the_backend_as_grpc()
    {
        var ingresses = WorkloadManifests.Ingresses(Gateway(), Settings).ToList();

        Assert.Equal(["gateway", "gateway-grpc"], ingresses.Select(i => i.Metadata.Name));
        Assert.All(ingresses, i => Assert.Equal("tls", i.Spec.Tls.Single().SecretName));
        Assert.All(ingresses, i => Assert.Equal(i.Spec.Tls.Single().Hosts, [i.Spec.Rules.Single().Host]));
        Assert.Empty(ingresses[0].Metadata.Annotations);
        Assert.Equal("GRPC", ingresses[1].Metadata.Annotations["nginx.ingress.kubernetes.io/backend-protocol"]);
        Assert.Equal("grpc", ingresses[1].Spec.Rules.Single().Http.Paths.Single().Backend.Service.Port.Name);
    }

    [Fact]
    public void A_project_with_sticky_sessions_pins_a_browser_to_a_replica_with_a_cookie()
    {
        var ingress = Assert.Single(WorkloadManifests.Ingresses(WebApp(), Settings));

        Assert.Equal("cookie", ingress.Metadata.Annotations["nginx.ingress.kubernetes.io/affinity"]);
        Assert.Empty(WorkloadManifests.Ingresses(GrpcService("budget"), Settings));
    }
}
