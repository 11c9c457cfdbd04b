namespace Finsam.Deployment.Tests;

// The deployment published once for a test class, with an operator's registry, tag, pull
// Secret and replicas.
public sealed class PublishedDeployment : IAsyncLifetime
{
    public const string Registry = "registry.example/finsam";
    public const string Tag = "2026.12";
    public const string PullSecret = "registry-login";

    private string _folder = "";

    public string Rendered { get; private set; } = "";

    public async ValueTask InitializeAsync() =>
        (_folder, Rendered) = await KubernetesPublish.PublishAsync(BuiltAppHost.Assembly,
            $"--Kubernetes:ImageRegistry={Registry}", $"--Kubernetes:ImageTag={Tag}", $"--Kubernetes:ImagePullSecret={PullSecret}",
            "--Kubernetes:Replicas=3");

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
