using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Npgsql;
using Xunit;

namespace Finsam.Spike.Tests;

public sealed class AppHostTests
{
    [Fact]
    public async Task Postgres_and_funding_start_and_funding_owns_its_database()
    {
        var ct = TestContext.Current.CancellationToken;
        var data = Path.Combine(Path.GetTempPath(), "finsam-aspire-spike-test-" + Guid.NewGuid().ToString("N"));
        Environment.SetEnvironmentVariable("FINSAM_SPIKE_DATA", data);
        try
        {
            var appHost = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AspireAppHost>(ct);
            await using var app = await appHost.BuildAsync(ct);
            await app.StartAsync(ct);

            await app.ResourceNotifications.WaitForResourceHealthyAsync("postgres", ct).WaitAsync(TimeSpan.FromSeconds(60), ct);
            await app.ResourceNotifications.WaitForResourceHealthyAsync("funding", ct).WaitAsync(TimeSpan.FromSeconds(90), ct);

            var cs = await app.GetConnectionStringAsync("fundingdb", ct);
            await using var connection = new NpgsqlConnection(cs);
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT current_user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user), (SELECT count(*) FROM \"__EFMigrationsHistory\")", connection);
            await using var reader = await command.ExecuteReaderAsync(ct);
            Assert.True(await reader.ReadAsync(ct));
            Assert.Equal("funding", reader.GetString(0));
            Assert.False(reader.GetBoolean(1));
            Assert.True(reader.GetInt64(2) > 0);

            using var http = app.CreateHttpClient("funding", "health");
            Assert.Equal("Healthy", await http.GetStringAsync("/health", ct));
        }
        finally
        {
            Environment.SetEnvironmentVariable("FINSAM_SPIKE_DATA", null);
        }
    }
}
