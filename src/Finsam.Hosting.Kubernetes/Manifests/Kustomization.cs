using Finsam.Hosting.Kubernetes.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Finsam.Hosting.Kubernetes.Manifests;

// The kustomization an operator applies (kubectl apply -k): the files, and each image's
// registry and tag, which `kustomize edit set image` changes without touching the manifests.
public static class Kustomization
{
    public static string Write(IReadOnlyList<string> resources, IReadOnlyList<Workload> workloads, KubernetesSettings settings)
    {
        var document = new Dictionary<string, object>
        {
            ["apiVersion"] = "kustomize.config.k8s.io/v1beta1",
            ["kind"] = "Kustomization",
            ["resources"] = resources,
            ["images"] = workloads
                .Select(w => w.Image)
                .Distinct()
                .Select(image => new Dictionary<string, string>
                {
                    ["name"] = image,
                    ["newName"] = settings.ImageRegistry.Length == 0 ? image : $"{settings.ImageRegistry.TrimEnd('/')}/{image}",
                    ["newTag"] = settings.ImageTag,
                })
                .ToList(),
        };
        // Quoted, so that a tag like 2026.12 stays text and is not read as a number.
        return new SerializerBuilder().WithDefaultScalarStyle(ScalarStyle.DoubleQuoted).Build().Serialize(document);
    }
}
