namespace Finsam.Deployment.Tests;

// The deployment published once for a test class, with an operator's registry, tag and replicas.
public sealed class PublishedDeployment : IAsyncLifetime
{
    public const string Registry = "registry.example/finsam";
    public const string Tag = "2026.12";

    private string _folder = "";

    public string Rendered { get; private set; } = "";

    public async ValueTask InitializeAsync() =>
        (_folder, Rendered) = await KubernetesPublish.PublishAsync(AppHostAssembly(),
            $"--Kubernetes:ImageRegistry={Registry}", $"--Kubernetes:ImageTag={Tag}", "--Kubernetes:Replicas=3");

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    // The AppHost as built beside these tests (bin/{Configuration}/{TargetFramework}).
    private static string AppHostAssembly()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/'));
        for (var dir = output; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Finsam.sln")))
            {
                return Path.Combine(dir.FullName, "Finsam.AppHost", "bin", output.Parent!.Name, output.Name, "Finsam.AppHost.dll");
            }
        }
        throw new InvalidOperationException("The tests do not run inside the Finsam checkout.");
    }
}
