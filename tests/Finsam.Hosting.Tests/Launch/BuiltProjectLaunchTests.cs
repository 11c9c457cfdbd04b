using System.Reflection;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Finsam.Hosting.Launch;
using Microsoft.Extensions.Logging.Abstractions;

namespace Finsam.Hosting.Tests.Launch;

// How the AppHost starts a project it has built: `dotnet exec` of the build's assembly, so no
// SDK process (`dotnet run`) evaluates the project and waits beside each service.
public sealed class BuiltProjectLaunchTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("finsam-launch-").FullName;

    [Fact]
    public async Task A_built_project_runs_as_its_assembly()
    {
        var project = Project("Finsam.Sample", built: true);
        var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions { DisableDashboard = true });

        var sample = builder.AddProject("sample", project).WithBuiltOutputLaunch();

        Assert.Equal(["exec", BuiltAssembly(project)], await ArgumentsAsync(builder, sample.Resource));
    }

    [Fact]
    public async Task A_project_without_its_build_output_runs_as_aspire_runs_it()
    {
        var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions { DisableDashboard = true });

        var sample = builder.AddProject("sample", Project("Finsam.Sample", built: false)).WithBuiltOutputLaunch();

        Assert.Empty(await ArgumentsAsync(builder, sample.Resource));
    }

    [Fact]
    public async Task Publishing_leaves_the_launch_alone()
    {
        var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions
        {
            DisableDashboard = true,
            Args = ["--operation", "publish", "--publisher", "default", "--output-path", Path.Combine(_folder, "out")],
        });

        var sample = builder.AddProject("sample", Project("Finsam.Sample", built: true)).WithBuiltOutputLaunch();

        Assert.True(builder.ExecutionContext.IsPublishMode);
        Assert.Empty(await ArgumentsAsync(builder, sample.Resource));
    }

    private string Project(string name, bool built)
    {
        var directory = Directory.CreateDirectory(Path.Combine(_folder, name)).FullName;
        var project = Path.Combine(directory, name + ".csproj");
        File.WriteAllText(project, """<Project Sdk="Microsoft.NET.Sdk.Web" />""");
        if (built)
        {
            var assembly = BuiltAssembly(project);
            Directory.CreateDirectory(Path.GetDirectoryName(assembly)!);
            File.WriteAllText(assembly, "");
            File.WriteAllText(Path.ChangeExtension(assembly, ".runtimeconfig.json"), "{}");
        }
        return project;
    }

    // Where the SDK puts a project's build by default, in the configuration the AppHost was built in.
    private static string BuiltAssembly(string project) => Path.Combine(
        Path.GetDirectoryName(project)!,
        "bin",
        typeof(BuiltProjectLaunchExtensions).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration,
        $"net{Environment.Version.Major}.{Environment.Version.Minor}",
        Path.GetFileNameWithoutExtension(project) + ".dll");

    // The arguments Aspire gives the resource's process after `dotnet`, as it gathers them to start it.
    private static async Task<IEnumerable<string>> ArgumentsAsync(IDistributedApplicationBuilder builder, IResource resource)
    {
        var configuration = await ExecutionConfigurationBuilder.Create(resource)
            .WithArgumentsConfig()
            .BuildAsync(builder.ExecutionContext, NullLogger.Instance, TestContext.Current.CancellationToken);
        return configuration.Arguments.Select(argument => argument.Value);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
