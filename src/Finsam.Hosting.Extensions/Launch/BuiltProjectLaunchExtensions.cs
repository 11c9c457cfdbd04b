using System.Reflection;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Finsam.Hosting.Launch;

public static class BuiltProjectLaunchExtensions
{
    // DCP starts a project as `dotnet run --project <csproj> --no-build`: an SDK process that
    // evaluates the project with MSBuild (1-2 s of CPU each, seven at once when the system starts)
    // and then stays beside the service as its parent (some 135 MB each). The AppHost builds its
    // projects before it runs them, so a project whose build output is there runs as
    // `dotnet exec <its dll>` instead: the service itself is the process DCP starts, watches and stops.
    // Where the output is not found (another configuration, a custom output path) `dotnet run` stays.
    public static IResourceBuilder<ProjectResource> WithBuiltOutputLaunch(this IResourceBuilder<ProjectResource> project)
    {
        if (!project.ApplicationBuilder.ExecutionContext.IsRunMode
            || BuiltOutput(project.Resource.GetProjectMetadata().ProjectPath) is not { } assembly)
        {
            return project;
        }

        // Aspire's own way to replace the `dotnet run` prefix of a project (evaluation API in 13.6).
#pragma warning disable ASPIREEXTENSION001
        return project.WithLaunchToolArgs(context =>
        {
            context.Args.Add("exec");
            context.Args.Add(assembly);
        });
#pragma warning restore ASPIREEXTENSION001
    }

    // bin/<configuration>/<framework>/<project>.dll, as the SDK lays out a project's build by
    // default; the configuration and framework are the AppHost's own, which built it.
    private static string? BuiltOutput(string projectPath)
    {
        var configuration = typeof(BuiltProjectLaunchExtensions).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration;
        if (configuration is null)
        {
            return null;
        }
        var framework = $"net{Environment.Version.Major}.{Environment.Version.Minor}";
        var assembly = Path.Combine(
            Path.GetDirectoryName(projectPath)!, "bin", configuration, framework, Path.GetFileNameWithoutExtension(projectPath) + ".dll");
        return File.Exists(assembly) && File.Exists(Path.ChangeExtension(assembly, ".runtimeconfig.json")) ? assembly : null;
    }
}
