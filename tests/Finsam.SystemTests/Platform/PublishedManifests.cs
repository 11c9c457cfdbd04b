using System.Diagnostics;
using Finsam.SystemTests.Infrastructure;
using k8s;
using k8s.Models;

namespace Finsam.SystemTests.Platform;

// The Kubernetes deployment as an operator makes it: the AppHost's publish step into a folder,
// rendered by `kubectl kustomize` (offline), every object read with the Kubernetes client's models.
public sealed class PublishedManifests
{
    public const string Registry = "registry.example/finsam";
    public const string Tag = "2026.12";

    private static readonly TimeSpan CommandLimit = TimeSpan.FromMinutes(2);

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
        var folder = Directory.CreateTempSubdirectory("finsam-kubernetes-").FullName;
        // The publish operation as `aspire publish` starts it, on the AppHost as built.
        await RunAsync("dotnet",
            [Repository.AppHostAssembly, "--operation", "publish", "--step", "publish-kubernetes", "--output-path", folder,
             $"--Kubernetes:ImageRegistry={Registry}", $"--Kubernetes:ImageTag={Tag}"]);
        var rendered = await RunAsync("kubectl", ["kustomize", folder]);
        return new PublishedManifests(folder, KubernetesYaml.LoadAllFromString(rendered), rendered);
    }

    private static async Task<string> RunAsync(string command, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(CommandLimit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        Assert.True(process.ExitCode == 0, $"{command} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await errors}");
        return await output;
    }
}
