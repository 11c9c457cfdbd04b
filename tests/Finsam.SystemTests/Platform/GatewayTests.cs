using System.Diagnostics;
using System.Net;
using Finsam.Contracts.Funding.V1;
using Finsam.SystemTests.Infrastructure;
using Grpc.Core;

namespace Finsam.SystemTests.Platform;

[Collection(SystemCollection.Name)]
public sealed class GatewayTests(FinsamSystem system)
{
    [Fact]
    public async Task The_gateway_reports_its_health_over_http1()
    {
        var response = await system.Json.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new Version(1, 1), response.Version);
    }

    [Fact]
    public async Task An_unknown_route_is_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await system.Json.GetAsync("/v1/nothing-here")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await system.Json.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_grpc_service_is_unimplemented()
    {
        var call = system.Channel.CreateCallInvoker().AsyncUnaryCall(
            new Method<GetFederationRequest, Federation>(MethodType.Unary, "finsam.nothing.v1.NothingService", "Get",
                Marshallers.Create(r => Google.Protobuf.MessageExtensions.ToByteArray(r), GetFederationRequest.Parser.ParseFrom),
                Marshallers.Create(r => Google.Protobuf.MessageExtensions.ToByteArray(r), Federation.Parser.ParseFrom)),
            null, new CallOptions(), new GetFederationRequest());

        await RpcAssert.FailsWith(StatusCode.Unimplemented, () => call.ResponseAsync);
    }

    [Fact]
    public async Task A_stopped_funding_service_is_unavailable_within_five_seconds_and_serves_again_when_started()
    {
        await system.App.StopResourceAsync("funding");
        try
        {
            var clock = Stopwatch.StartNew();
            var failure = await RpcAssert.FailsWith(StatusCode.Unavailable, () => system.Funding.ListFederationsAsync(
                new ListFederationsRequest(), deadline: DateTime.UtcNow.AddSeconds(5)).ResponseAsync);
            Assert.Contains("funding", failure.Status.Detail);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"Took {clock.Elapsed}.");

            var json = await system.Json.GetAsync("/v1/federations");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, json.StatusCode);
        }
        finally
        {
            await system.App.StartResourceAsync("funding");
            await system.App.ResourceNotifications.WaitForResourceHealthyAsync("funding").WaitAsync(FinsamSystem.StartLimit);
        }

        var served = await system.Funding.ListFederationsAsync(new ListFederationsRequest());
        Assert.NotNull(served);
    }

    [Fact]
    public async Task While_a_service_is_down_the_gateway_reports_degraded_naming_it_and_stays_alive_and_ready()
    {
        await system.App.StopResourceAsync("documents");
        try
        {
            var health = await HealthUntilAsync(body => body.StartsWith("Degraded", StringComparison.Ordinal));
            Assert.Equal(HttpStatusCode.OK, health.Status);
            Assert.Contains("documents is unreachable", health.Body);
            Assert.DoesNotContain("funding", health.Body);

            var alive = await system.Json.GetAsync("/alive");
            Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
            Assert.Equal("Healthy", await alive.Content.ReadAsStringAsync());
            // The orchestrator's probe still finds the gateway ready.
            Assert.True(system.App.Resource("gateway").IsHealthy, "The orchestrator found the gateway unhealthy.");
        }
        finally
        {
            await system.App.StartResourceAsync("documents");
            await system.App.ResourceNotifications.WaitForResourceHealthyAsync("documents").WaitAsync(FinsamSystem.StartLimit);
        }

        Assert.Equal((HttpStatusCode.OK, "Healthy"), await HealthUntilAsync(body => body == "Healthy"));
    }

    // The gateway's /health once it answers as expected, or its last answer after 15 s.
    private async Task<(HttpStatusCode Status, string Body)> HealthUntilAsync(Func<string, bool> expected)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var response = await system.Json.GetAsync("/health");
            var body = await response.Content.ReadAsStringAsync();
            if (expected(body) || clock.Elapsed > TimeSpan.FromSeconds(15))
            {
                return (response.StatusCode, body);
            }
            await Task.Delay(250);
        }
    }
}
