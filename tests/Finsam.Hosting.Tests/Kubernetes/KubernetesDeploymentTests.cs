using Finsam.Hosting.Kubernetes;
using Finsam.Hosting.Kubernetes.Manifests;
using Finsam.Hosting.Kubernetes.Model;
using static Finsam.Hosting.Tests.Kubernetes.Workloads;

namespace Finsam.Hosting.Tests.Kubernetes;

public sealed class KubernetesDeploymentTests
{
    private static readonly Workload[] System =
    [
        GrpcService("identity",
            Variable("ConnectionStrings__identitydb", new SecretValue("identitydb", "connectionString")),
            Variable("Identity__SigningKey", new SecretValue("signing-key", "value")),
            Variable("Redirect", new ComposedValue([new SettingValue("web-public-url", "https://web.example"), new LiteralValue("/signin-oidc")]))),
        GrpcService("funding",
            Variable("ConnectionStrings__fundingdb", new SecretValue("fundingdb", "connectionString")),
            Variable("Shared", new SecretValue("signing-key", "value"))),
        Gateway(),
    ];

    [Fact]
    public void Every_secret_is_listed_once_with_its_key_and_who_reads_it()
    {
        var secrets = KubernetesDeployment.Secrets(System);

        Assert.Equal(
            ["fundingdb connectionString funding", "identitydb connectionString identity", "signing-key value identity,funding"],
            secrets.Select(s => $"{s.Name} {s.Key} {string.Join(',', s.ReadBy)}"));
    }

    [Fact]
    public void The_files_are_the_settings_one_per_workload_and_a_kustomization_listing_them()
    {
        var files = KubernetesDeployment.Files(System, new KubernetesSettings());

        Assert.Equal(["settings.yaml", "identity.yaml", "funding.yaml", "gateway.yaml", "kustomization.yaml"], files.Select(f => f.Name));
        var kustomization = files[^1].Content;
        foreach (var resource in files.SkipLast(1))
        {
            Assert.Contains($"- \"{resource.Name}\"", kustomization);
        }
        Assert.Contains("web-public-url: https://web.example", files[0].Content);
        // The gateway's Deployment, Service, disruption budget (2 replicas), and an Ingress for
        // each of its two external ports.
        var gateway = files.Single(f => f.Name == "gateway.yaml").Content.Split("\n---\n");
        Assert.Equal(["Deployment", "Service", "PodDisruptionBudget", "Ingress", "Ingress"], gateway.Select(d => d.Split('\n').Single(l => l.StartsWith("kind: "))["kind: ".Length..]));
    }

    [Fact]
    public void The_kustomization_sets_each_images_registry_and_tag_as_text()
    {
        var kustomization = KubernetesDeployment.Files(System, new KubernetesSettings { ImageRegistry = "registry.example/finsam/", ImageTag = "2026.12" })[^1].Content;

        Assert.Contains("- \"name\": \"finsam.funding\"\n  \"newName\": \"registry.example/finsam/finsam.funding\"\n  \"newTag\": \"2026.12\"", kustomization);
    }
}
