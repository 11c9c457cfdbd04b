using System.Diagnostics;

namespace Finsam.Deployment.Tests;

// The AppHost's publish step run as an operator runs it (`--operation publish --step
// publish-kubernetes`), into a new folder, and the kustomization there rendered offline by
// `kubectl kustomize`. Shared with the system tests, which compare it with the running system.
public static class KubernetesPublish
{
    private static readonly TimeSpan CommandLimit = TimeSpan.FromMinutes(2);

    public static async Task<(string Folder, string Rendered)> PublishAsync(string appHostAssembly, params string[] settings)
    {
        var folder = Directory.CreateTempSubdirectory("finsam-kubernetes-").FullName;
        await RunAsync("dotnet", [appHostAssembly, "--operation", "publish", "--step", "publish-kubernetes", "--output-path", folder, .. settings]);
        return (folder, await RunAsync("kubectl", ["kustomize", folder]));
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
