using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Finsam.Hosting.Runtime;
using Microsoft.Extensions.Logging.Abstractions;

namespace Finsam.Hosting.Tests.Runtime;

// The GC setting the runtime reads from the environment only: a project gets it when the
// AppHost runs it and when the AppHost publishes it.
public sealed class Gen0BudgetTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_project_gets_a_4_MB_gen0_budget_in_its_environment(bool publishing)
    {
        var output = Directory.CreateTempSubdirectory("finsam-gen0-").FullName;
        try
        {
            var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions
            {
                DisableDashboard = true,
                Args = publishing ? ["--operation", "publish", "--publisher", "default", "--output-path", output] : [],
            });
            var project = Path.Combine(output, "Finsam.Sample.csproj");
            File.WriteAllText(project, """<Project Sdk="Microsoft.NET.Sdk.Web" />""");

            var sample = builder.AddProject("sample", project).WithSmallGen0Budget();

            Assert.Equal(publishing, builder.ExecutionContext.IsPublishMode);
            var configuration = await ExecutionConfigurationBuilder.Create(sample.Resource)
                .WithEnvironmentVariablesConfig()
                .BuildAsync(builder.ExecutionContext, NullLogger.Instance, TestContext.Current.CancellationToken);
            var gen0 = Assert.Single(configuration.EnvironmentVariables, variable => variable.Key == "DOTNET_GCgen0size");
            // Hexadecimal, as the runtime reads it.
            Assert.Equal(4 * 1024 * 1024, Convert.ToInt32(gen0.Value, 16));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
