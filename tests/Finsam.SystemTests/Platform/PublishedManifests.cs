using Finsam.Deployment.Tests;
using Finsam.SystemTests.Infrastructure;
using k8s;
using k8s.Models;

namespace Finsam.SystemTests.Platform;

// The Kubernetes deployment as an operator makes it (KubernetesPublish), every object read
// with the Kubernetes client's models that come with Aspire here.
public sealed class PublishedManifests
{
    public const string Registry = "registry.example/finsam";
    public const string Tag = "2026.12";

    private PublishedManifests(string folder, IReadOnlyList<object> objects, string rendered)
    {
        Folder = folder;
        Objects = objects;
        Rendered = rendered;
    }

    public string Folder { get; }

    public string Rendered { get; }

    public IReadOnlyList<object> Objects { get; }

    public IEnumerable<V1Deployment> Deployments => Objects.OfType<V1Deployment>();

    public V1Deployment Deployment(string name) => Deployments.Single(d => d.Metadata.Name == name);

    public V1Service Service(string name) => Objects.OfType<V1Service>().Single(s => s.Metadata.Name == name);

    public IEnumerable<V1Ingress> Ingresses => Objects.OfType<V1Ingress>();

    public V1ConfigMap ConfigMap(string name) => Objects.OfType<V1ConfigMap>().Single(c => c.Metadata.Name == name);

    public static async Task<PublishedManifests> PublishAsync()
    {
        var (folder, rendered) = await KubernetesPublish.PublishAsync(Repository.AppHostAssembly,
            $"--Kubernetes:ImageRegistry={Registry}", $"--Kubernetes:ImageTag={Tag}");
        return new PublishedManifests(folder, KubernetesYaml.LoadAllFromString(rendered), rendered);
    }
}
