using k8s;
using k8s.Models;

namespace Finsam.Deployment.Tests;

// Every object of the rendered deployment read with the Kubernetes client's models, and the
// references between them whole: what `kubectl apply -k` would reject or leave dangling.
public sealed class ManifestTests(PublishedDeployment published) : IClassFixture<PublishedDeployment>
{
    private static readonly string[] Projects = ["budget", "documents", "funding", "gateway", "grants", "identity", "web"];

    private List<object> Objects => KubernetesYaml.LoadAllFromString(published.Rendered);

    [Fact]
    public void Every_object_is_a_kind_the_client_knows_and_each_project_has_a_deployment_and_a_service()
    {
        var objects = Objects;

        Assert.All(objects, o => Assert.IsAssignableFrom<IKubernetesObject<V1ObjectMeta>>(o));
        Assert.Equal(Projects, objects.OfType<V1Deployment>().Select(d => d.Metadata.Name).Order());
        Assert.Equal(Projects, objects.OfType<V1Service>().Select(s => s.Metadata.Name).Order());
        Assert.Single(objects.OfType<V1ConfigMap>());
        Assert.Equal(Projects, objects.OfType<V1PodDisruptionBudget>().Select(b => b.Metadata.Name).Order());
        Assert.Equal(objects.Count, objects.OfType<V1Deployment>().Count() + objects.OfType<V1Service>().Count()
            + objects.OfType<V1PodDisruptionBudget>().Count() + objects.OfType<V1Ingress>().Count() + 1);
    }

    [Fact]
    public void The_publish_commands_replicas_registry_tag_and_pull_secret_are_the_deployments()
    {
        foreach (var deployment in Objects.OfType<V1Deployment>())
        {
            Assert.Equal(3, deployment.Spec.Replicas);
            Assert.Equal($"{PublishedDeployment.Registry}/finsam.{deployment.Metadata.Name}:{PublishedDeployment.Tag}",
                Assert.Single(deployment.Spec.Template.Spec.Containers).Image);
            Assert.Equal(PublishedDeployment.PullSecret, Assert.Single(deployment.Spec.Template.Spec.ImagePullSecrets).Name);
        }
    }

    [Fact]
    public void Each_service_and_disruption_budget_selects_its_deployments_pods_on_ports_they_declare()
    {
        var objects = Objects;
        foreach (var budget in objects.OfType<V1PodDisruptionBudget>())
        {
            var pod = objects.OfType<V1Deployment>().Single(d => d.Metadata.Name == budget.Metadata.Name).Spec.Template;
            Assert.All(budget.Spec.Selector.MatchLabels, label => Assert.Equal(label.Value, pod.Metadata.Labels[label.Key]));
            Assert.Equal("1", budget.Spec.MinAvailable.Value);
        }
        foreach (var service in objects.OfType<V1Service>())
        {
            var deployment = objects.OfType<V1Deployment>().Single(d => d.Metadata.Name == service.Metadata.Name);
            var pod = deployment.Spec.Template;
            Assert.All(service.Spec.Selector, label => Assert.Equal(label.Value, pod.Metadata.Labels[label.Key]));
            Assert.All(deployment.Spec.Selector.MatchLabels, label => Assert.Equal(label.Value, pod.Metadata.Labels[label.Key]));
            var ports = pod.Spec.Containers[0].Ports.Select(p => p.Name).ToList();
            Assert.All(service.Spec.Ports, p => Assert.Contains(p.TargetPort.Value, ports));
        }
    }

    [Fact]
    public void Each_ingress_reaches_a_service_port_over_tls_and_each_setting_a_workload_reads_is_in_the_config_map()
    {
        var objects = Objects;
        foreach (var ingress in objects.OfType<V1Ingress>())
        {
            var backend = ingress.Spec.Rules.Single().Http.Paths.Single().Backend.Service;
            var service = objects.OfType<V1Service>().Single(s => s.Metadata.Name == backend.Name);
            Assert.Contains(service.Spec.Ports, p => p.Name == backend.Port.Name);
            Assert.Contains(ingress.Spec.Rules.Single().Host, ingress.Spec.Tls.Single().Hosts);
        }

        var settings = objects.OfType<V1ConfigMap>().Single();
        var env = objects.OfType<V1Deployment>().SelectMany(d => d.Spec.Template.Spec.Containers[0].Env).ToList();
        Assert.All(env.Where(e => e.ValueFrom?.ConfigMapKeyRef is not null), e =>
        {
            Assert.Equal(settings.Metadata.Name, e.ValueFrom.ConfigMapKeyRef.Name);
            Assert.True(settings.Data.ContainsKey(e.ValueFrom.ConfigMapKeyRef.Key), $"{e.Name} reads a setting the ConfigMap lacks.");
        });
        // A value read from elsewhere is never written beside it.
        Assert.All(env.Where(e => e.ValueFrom is not null), e => Assert.Null(e.Value));
    }
}
