using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Finsam.Hosting.Runtime;
using Microsoft.Extensions.Logging.Abstractions;

namespace Finsam.Hosting.Tests.Runtime;

// The runtime settings read from the environment only: a project gets them when the AppHost
// runs it and when the AppHost publishes it.
public sealed class RuntimeEnvironmentTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_project_gets_a_4_MB_gen0_budget_in_its_environment(bool publishing)
    {
        var gen0 = await EnvironmentVariableAsync(project => project.WithSmallGen0Budget(), "DOTNET_GCgen0size", publishing);

        // Hexadecimal, as the runtime reads it.
        Assert.Equal(4 * 1024 * 1024, Convert.ToInt32(gen0, 16));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_project_optimises_hot_methods_only_a_second_after_its_last_new_compilation(bool publishing)
    {
        var delay = await EnvironmentVariableAsync(project => project.WithTierUpAfterStart(), "DOTNET_TC_CallCountingDelayMs", publishing);

        // Decimal milliseconds, as the runtime reads this one.
        Assert.Equal("1000", delay);
    }

    private static async Task<string> EnvironmentVariableAsync(Func<IResourceBuilder<ProjectResource>, IResourceBuilder<ProjectResource>> configure, string name, bool publishing)
    {
        var output = Directory.CreateTempSubdirectory("finsam-runtime-").FullName;
        try
        {
            var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions
            {
                DisableDashboard = true,
                Args = publishing ? ["--operation", "publish", "--publisher", "default", "--output-path", output] : [],
            });
            var project = Path.Combine(output, "Finsam.Sample.csproj");
            File.WriteAllText(project, """<Project Sdk="Microsoft.NET.Sdk.Web" />""");

            var sample = configure(builder.AddProject("sample", project));

            Assert.Equal(publishing, builder.ExecutionContext.IsPublishMode);
            var configuration = await ExecutionConfigurationBuilder.Create(sample.Resource)
                .WithEnvironmentVariablesConfig()
                .BuildAsync(builder.ExecutionContext, NullLogger.Instance, TestContext.Current.CancellationToken);
            return Assert.Single(configuration.EnvironmentVariables, variable => variable.Key == name).Value;
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
