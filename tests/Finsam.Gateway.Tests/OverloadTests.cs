using System.Net;
using Finsam.Gateway.Overload;

namespace Finsam.Gateway.Tests;

// More requests than the gateway lets into the system at once (ConcurrencyLimits): the excess
// is answered at once, in the caller's protocol, and what was let in is served; a call its
// caller gives up on stops at the service too. Behaviour only: no timings are asserted.
public sealed class OverloadTests : IAsyncLifetime
{
    private const int Permits = 4;
    private const int Queue = 2;
    private const string GrpcPath = "/finsam.funding.v1.FundingService/GetFederation";

    private HeldBackend? _backend;
    private GatewayFactory? _gateway;

    private HeldBackend Backend => _backend!;

    public async ValueTask InitializeAsync()
    {
        _backend = await HeldBackend.StartAsync();
        _gateway = new GatewayFactory(_backend.Address, new Dictionary<string, string>
        {
            ["ConcurrencyLimits:Permits"] = $"{Permits}",
            ["ConcurrencyLimits:Queue"] = $"{Queue}",
            // Long enough that the queued ones wait for the held ones here, whatever the machine.
            ["ConcurrencyLimits:QueueTime"] = "00:01:00",
        });
    }

    [Fact]
    public async Task A_flood_past_the_limit_is_refused_while_the_admitted_calls_wait_and_then_all_of_those_are_served()
    {
        using var client = Client();
        const int flood = 10;

        var calls = Enumerable.Range(0, flood).Select(_ => client.SendAsync(GrpcCall())).ToList();

        // With the held ones still held (the system busy), the excess has its answer already.
        await HeldBackend.UntilAsync(() => Backend.Held == Permits && calls.Count(c => c.IsCompleted) == flood - Permits - Queue);
        var refused = calls.Where(c => c.IsCompleted).Select(c => c.Result).ToList();
        foreach (var refusal in refused)
        {
            Assert.Equal(HttpStatusCode.OK, refusal.StatusCode);
            Assert.Equal("14", refusal.Headers.GetValues("grpc-status").Single()); // Unavailable: retry later
            Assert.Equal(ConcurrencyLimits.BusyMessage, Uri.UnescapeDataString(refusal.Headers.GetValues("grpc-message").Single()));
        }

        // A JSON caller meanwhile: 503 with when to come back, and the same plain message.
        var json = await client.GetAsync("/v1/federations/sundsvall");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, json.StatusCode);
        Assert.Equal("1", json.Headers.GetValues("Retry-After").Single());
        Assert.Contains(ConcurrencyLimits.BusyMessage, await json.Content.ReadAsStringAsync());

        Backend.Release();
        var answered = await Task.WhenAll(calls);
        var served = answered.Except(refused).ToList();
        Assert.Equal(Permits + Queue, served.Count);
        Assert.All(served, response =>
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("grpc-status"), "A call let in was answered by the gateway, not the service.");
        });
        Assert.Equal(Permits + Queue, Backend.Served);

        // Once the flood is over, calls are let in again.
        Assert.False((await client.SendAsync(GrpcCall())).Headers.Contains("grpc-status"));
    }

    [Fact]
    public async Task A_download_whose_answer_has_started_holds_no_place_while_it_is_read()
    {
        using var client = Client();
        const int downloads = Permits + Queue + 2;

        // One after another, each once its answer has started: sent all at once, the last ones
        // could be counted before the first ones' answers began.
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < downloads; i++)
        {
            answers.Add(await client.SendAsync(GrpcCall(started: true), HttpCompletionOption.ResponseHeadersRead));
        }

        Assert.All(answers, answer => Assert.False(answer.Headers.Contains("grpc-status"), "A download was refused."));
        await HeldBackend.UntilAsync(() => Backend.Held == downloads);
        Backend.Release();
        foreach (var answer in answers)
        {
            Assert.Equal("first part of served", await answer.Content.ReadAsStringAsync());
            answer.Dispose();
        }
    }

    [Fact]
    public async Task The_health_probe_is_answered_while_the_gateway_is_full()
    {
        using var client = Client();
        var calls = Enumerable.Range(0, Permits + Queue).Select(_ => client.SendAsync(GrpcCall())).ToList();
        await HeldBackend.UntilAsync(() => Backend.Held == Permits);

        var alive = await client.GetAsync("/alive");

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Backend.Release();
        await Task.WhenAll(calls);
    }

    [Fact]
    public async Task A_call_carries_its_deadline_to_the_service_and_one_given_up_stops_there()
    {
        using var client = Client();
        var marker = Guid.NewGuid().ToString("N");
        using var givingUp = new CancellationTokenSource();
        var request = GrpcCall(marker);
        request.Headers.Add("grpc-timeout", "5S");

        var call = client.SendAsync(request, givingUp.Token);
        await HeldBackend.UntilAsync(() => Backend.Held == 1);
        Assert.Equal("5S", Backend.DeadlineOf(marker));

        await givingUp.CancelAsync();

        await Backend.Abandoned(marker).WaitAsync(TimeSpan.FromSeconds(30));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(0, Backend.Served);
    }

    private HttpClient Client()
    {
        var client = _gateway!.CreateDefaultClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestIssuer.Token("someone"));
        return client;
    }

    private static HttpRequestMessage GrpcCall(string? marker = null, bool started = false) =>
        new(HttpMethod.Post, $"{GrpcPath}?probe={marker ?? Guid.NewGuid().ToString("N")}{(started ? "&started=1" : "")}")
        {
            Content = new ByteArrayContent([0, 0, 0, 0, 0]) { Headers = { ContentType = new("application/grpc") } },
        };

    public async ValueTask DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }
        if (_backend is not null)
        {
            await _backend.DisposeAsync();
        }
    }
}
