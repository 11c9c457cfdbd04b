using Finsam.Hosting.Kubernetes.Model;
using k8s;
using k8s.Models;

namespace Finsam.Hosting.Kubernetes.Manifests;

// The whole deployment as files: one per workload (Deployment, Service, disruption budget,
// Ingresses), the
// settings ConfigMap, and a kustomization that lists them and sets the images' registry and tag.
public static class KubernetesDeployment
{
    public const string SettingsMap = "finsam-settings";

    public const string PartOfLabel = "app.kubernetes.io/part-of";

    public static IReadOnlyList<ManifestFile> Files(IReadOnlyList<Workload> workloads, KubernetesSettings settings)
    {
        var files = new List<ManifestFile> { new("settings.yaml", Yaml(Settings(workloads))) };
        foreach (var workload in workloads)
        {
            var objects = new List<IKubernetesObject>
            {
                WorkloadManifests.Deployment(workload, SettingsMap, settings.ImagePullSecret),
                WorkloadManifests.Service(workload),
            };
            if (WorkloadManifests.DisruptionBudget(workload) is { } budget)
            {
                objects.Add(budget);
            }
            objects.AddRange(WorkloadManifests.Ingresses(workload, settings));
            files.Add(new ManifestFile($"{workload.Name}.yaml", Yaml([.. objects])));
        }
        files.Add(new ManifestFile("kustomization.yaml", Kustomization.Write([.. files.Select(f => f.Name)], workloads, settings)));
        return files;
    }

    // Every Secret the operator creates before applying, with its key and who reads it.
    public static IReadOnlyList<RequiredSecret> Secrets(IReadOnlyList<Workload> workloads) =>
    [
        .. workloads
            .SelectMany(w => w.Environment.SelectMany(e => Leaves(e.Value)).OfType<SecretValue>().Select(s => (Workload: w.Name, Secret: s)))
            .GroupBy(x => x.Secret)
            .OrderBy(g => g.Key.Secret, StringComparer.Ordinal)
            .Select(g => new RequiredSecret(g.Key.Secret, g.Key.Key, [.. g.Select(x => x.Workload).Distinct()])),
    ];

    // A value's own parts: itself, or each part of a composed one.
    private static IEnumerable<ManifestValue> Leaves(ManifestValue value) =>
        value is ComposedValue composed ? composed.Parts : [value];

    // The settings every workload reads, with the defaults the publish step was given.
    private static V1ConfigMap Settings(IReadOnlyList<Workload> workloads) => new()
    {
        ApiVersion = "v1",
        Kind = "ConfigMap",
        Metadata = new V1ObjectMeta { Name = SettingsMap },
        Data = workloads
            .SelectMany(w => w.Environment.SelectMany(e => Leaves(e.Value)).OfType<SettingValue>())
            .DistinctBy(s => s.Key)
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .ToDictionary(s => s.Key, s => s.Default),
    };

    private static string Yaml(params IKubernetesObject[] objects)
    {
        foreach (var meta in objects.OfType<IMetadata<V1ObjectMeta>>())
        {
            meta.Metadata.Labels ??= new Dictionary<string, string>();
            meta.Metadata.Labels[PartOfLabel] = "finsam";
        }
        return string.Join("---\n", objects.Select(o => KubernetesYaml.Serialize(o).TrimEnd() + "\n"));
    }
}

public sealed record ManifestFile(string Name, string Content);

public sealed record RequiredSecret(string Name, string Key, IReadOnlyList<string> ReadBy);
