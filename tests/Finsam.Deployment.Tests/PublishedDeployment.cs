using System.Diagnostics;

namespace Finsam.Deployment.Tests;

// The AppHost's publish step run as an operator runs it, into a folder of its own, and the
// kustomization rendered offline by `kubectl kustomize`.
public sealed class PublishedDeployment : IAsyncLifetime
{
    public const string Registry = "registry.example/finsam";
    public const string Tag = "2026.12";

    private static readonly TimeSpan CommandLimit = TimeSpan.FromMinutes(2);

    private readonly string _folder = Directory.CreateTempSubdirectory("finsam-kubernetes-").FullName;

    public string Rendered { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        await RunAsync("dotnet",
            [AppHostAssembly(), "--operation", "publish", "--step", "publish-kubernetes", "--output-path", _folder,
             $"--Kubernetes:ImageRegistry={Registry}", $"--Kubernetes:ImageTag={Tag}", "--Kubernetes:Replicas=3"]);
        Rendered = await RunAsync("kubectl", ["kustomize", _folder]);
    }

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
