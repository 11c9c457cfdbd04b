using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace Finsam.SystemTests.Platform;

// The AppHost's model, read without starting it: no service waits for another service, so
// no loop between them can hold up a start (identity asks funding about federations, and
// every service asks identity for its signing keys, per request, never while starting).
public sealed class StartOrderTests
{
    private static readonly string[] Services = ["identity", "funding", "grants", "budget", "documents"];

    [Fact]
    public async Task Each_service_waits_for_its_own_database_only_and_the_gateway_for_every_service()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"finsam-model-{Guid.NewGuid():N}");
        try
        {
            await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Finsam_AppHost>(
                [$"--FINSAM_DATA_DIR={dataDirectory}"], (options, _) => options.DisableDashboard = true);

            string[] WaitsOf(string name) => builder.Resources.Single(r => r.Name == name)
                .Annotations.OfType<WaitAnnotation>().Select(wait => wait.Resource.Name).Order().ToArray();

            foreach (var service in Services)
            {
                // Waiting for a database is waiting for its server too (Aspire adds the parent).
                Assert.Equal(new[] { $"{service}db", "postgres" }.Order().ToArray(), WaitsOf(service));
            }
            Assert.Equal(Services.Order().ToArray(), WaitsOf("gateway"));
        }
        finally
        {
            if (Directory.Exists(dataDirectory))
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
    }
}
