using Aspire.Hosting.Testing;
using Finsam.Contracts.Funding.V1;
using Finsam.SystemTests.Infrastructure;
using Grpc.Net.Client;

namespace Finsam.SystemTests.Platform;

[Collection(SystemCollection.Name)]
public sealed class ExternalDatabaseTests(FinsamSystem system)
{
    [Fact]
    public async Task Given_a_connection_string_the_apphost_uses_that_server_and_runs_none_of_its_own()
    {
        var existing = await system.App.App.GetConnectionStringAsync("postgres");
        await using var second = await RunningSystem.StartAsync(args: [$"--ConnectionStrings:postgres={existing}"], withDashboard: false);

        // Aspire's connection-string resource stands for the server: no process, no files.
        Assert.Null(second.Resource("postgres").ProcessId);
        Assert.False(Directory.Exists(Path.Combine(second.DataDirectory, "postgres")));

        // Written through the second system, read through the first: one database.
        using var channel = GrpcChannel.ForAddress(second.GetEndpoint("gateway", "grpc"));
        var id = Federations.NewId("shared");
        var token = await Tokens.ClientCredentialsAsync(second.GetEndpoint("gateway", "http"), Tokens.AdminClientId, Tokens.AdminClientSecret(second.DataDirectory));
        await new FundingService.FundingServiceClient(channel.WithToken(token)).CreateFederationAsync(
            new CreateFederationRequest { FederationId = id, Federation = Federations.Sundsvall() });

        var read = await system.Funding.GetFederationAsync(new GetFederationRequest { Name = $"federations/{id}" });
        Assert.Equal("Samordningsförbundet Sundsvall", read.DisplayName);
    }
}
