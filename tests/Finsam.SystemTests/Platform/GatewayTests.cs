using System.Diagnostics;
using System.Net;
using System.Text.Json;
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

    // A caller with no role: every service answers each of its RPCs (PermissionDenied for most,
    // nothing for the public's and the signed-in caller's own reads) and nothing changes. A
    // service's answer is a 2xx or an error as JSON transcoding writes it (google.rpc.Status);
    // the gateway's 404 when no route takes a path, and a service's own when a path is not its
    // RPC's, have no body, so an answer with a Status came from the service that owns the RPC.
    [Fact]
    public async Task Every_rpc_with_an_http_binding_is_answered_by_its_own_service_through_the_json_port()
    {
        using var http = new HttpClient { BaseAddress = system.GatewayHttp };
        http.DefaultRequestHeaders.Authorization = new("Bearer", await system.TokenWithRolesAsync());
        var calls = ContractHttpCall.All();
        Assert.True(calls.Count >= 60, $"Only {calls.Count} HTTP bindings in the contracts.");

        foreach (var call in calls)
        {
            using var request = call.Request();
            using var response = await http.SendAsync(request);
            await AssertAnsweredByTheServiceAsync(call, response);
        }
    }

    [Fact]
    public async Task Without_a_token_the_gateway_lets_through_exactly_the_rpcs_declared_anonymous()
    {
        using var anonymous = new HttpClient { BaseAddress = system.GatewayHttp };
        var reached = new List<string>();

        foreach (var call in ContractHttpCall.All())
        {
            using var request = call.Request();
            using var response = await anonymous.SendAsync(request);
            if (call.IsAnonymous)
            {
                await AssertAnsweredByTheServiceAsync(call, response);
                reached.Add(call.Method.Name);
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{call} without a token: {(int)response.StatusCode}.");
                Assert.Empty(await response.Content.ReadAsStringAsync());
            }
        }
        Assert.Contains("SearchCatalogue", reached);
        Assert.Contains("GetDocumentVersion", reached);
    }

    // Without a token too: any route would refuse that with 401 (or let it through), so a 404
    // there means no route took the path; paths under a federation no longer go to funding.
    [Theory]
    [InlineData("GET", "/v1/nothing-here")]
    [InlineData("GET", "/admin")]
    [InlineData("GET", "/nope")]
    [InlineData("GET", "/v1/federations/x/nonsense")]
    [InlineData("POST", "/v1/federations/x/nonsense")]
    [InlineData("GET", "/v1/federations/x/budgets/b:nonsense")]
    [InlineData("GET", "/v1/clients/x")]
    public async Task An_unknown_path_is_404_with_or_without_a_token(string method, string path)
    {
        using var anonymous = new HttpClient { BaseAddress = system.GatewayHttp };

        foreach (var client in new[] { system.Json, anonymous })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("finsam.nothing.v1.NothingService", "Get")]
    [InlineData("finsam.funding.v1.FundingService", "NoSuchMethod")]
    public async Task An_unknown_grpc_service_or_method_is_unimplemented(string service, string name)
    {
        var call = system.Channel.WithToken(system.AdminToken).AsyncUnaryCall(
            new Method<GetFederationRequest, Federation>(MethodType.Unary, service, name,
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

    private static async Task AssertAnsweredByTheServiceAsync(ContractHttpCall call, HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            return;
        }
        // Refusals the gateway makes itself, never a service's answer to a caller with a token.
        Assert.False(status is 401 or 405 or 413 or 429 or 503, $"{call} was answered {status} '{body}'.");
        Assert.True(IsRpcStatus(body), $"{call} was answered {status} '{body}', not as its service answers.");
    }

    private static bool IsRpcStatus(string body)
    {
        try
        {
            var root = JsonDocument.Parse(body).RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.Number && code.GetInt32() > 0
                && root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String;
        }
        catch (JsonException)
        {
            return false;
        }
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
