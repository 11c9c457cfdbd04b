using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;
using Aspire.Hosting.ApplicationModel;
using Finsam.SystemTests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Finsam.SystemTests.HoldingUp;

// Two of every service behind the gateway, itself twice (and the web app twice): under a mixed load of creates, etag
// updates, reads and new tokens, one replica of each is killed, and every write that was
// acknowledged is found afterwards. A call may meet Unavailable (the replica serving it died)
// and is then tried again the same way; a retried update whose first attempt had committed may
// meet Aborted, its value then stored. Any other answer fails the test.
[Collection(ReplicatedSystemCollection.Name)]
public sealed class ReplicaTests(ReplicatedSystem system)
{
    private const int WritesBeforeTheKill = 6;
    private const int WritesAfterTheKill = 6;
    private const int PlanYear = 2027;
    private static readonly TimeSpan LoadLimit = TimeSpan.FromMinutes(3);
    // A replica's first calls are slow (its code compiled as it runs, its connections made),
    // more so on two cores with a dozen processes starting: a call waits this long.
    private static readonly TimeSpan CallLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task One_replica_of_each_service_killed_under_load_loses_no_acknowledged_write()
    {
        foreach (var service in ReplicatedSystem.Replicated)
        {
            await system.EachReplicaAnswersAsync(service);
        }
        var id = Federations.NewId("replik");
        var parent = $"federations/{id}";
        var federation = await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = id, Federation = Federations.Sundsvall() });
        var planText = await system.Documents.UpdatePlanTextAsync(new UpdatePlanTextRequest
        {
            PlanText = new PlanText { Name = $"{parent}/planTexts/{PlanYear}" },
            AllowMissing = true,
        });

        var load = new Load();
        using var limit = new CancellationTokenSource(LoadLimit);
        Task[] writers =
        [
            load.RunAsync("federations", async n =>
            {
                var created = await load.AnsweredAsync(() => system.Funding.CreateFederationAsync(new CreateFederationRequest
                {
                    FederationId = $"{id}-{n}",
                    Federation = Named(Federations.Sundsvall(), $"Förbund {n}"),
                    RequestId = $"{id}-federation-{n}",
                }, deadline: Deadline()).ResponseAsync);
                // Read back at once, by whichever replica the read reaches.
                var read = await load.AnsweredAsync(() => system.Funding.GetFederationAsync(new GetFederationRequest { Name = created.Name }, deadline: Deadline()).ResponseAsync);
                Assert.Equal($"Förbund {n}", read.DisplayName);
            }, limit.Token),
            load.RunAsync("efforts", async n => await load.AnsweredAsync(() => system.Grants.CreateEffortAsync(new CreateEffortRequest
            {
                Parent = parent,
                EffortId = $"insats-{n}",
                Effort = new Effort { DisplayName = $"Insats {n}", Kind = EffortKind.Individual },
                RequestId = $"{id}-effort-{n}",
            }, deadline: Deadline()).ResponseAsync), limit.Token),
            load.RunAsync("federation", async n =>
            {
                var name = $"Replikförbundet {n}";
                var current = await load.AnsweredAsync(() => system.Funding.GetFederationAsync(new GetFederationRequest { Name = federation.Name }, deadline: Deadline()).ResponseAsync);
                await load.UpdatedAsync(
                    () => system.Funding.UpdateFederationAsync(new UpdateFederationRequest
                    {
                        Federation = new Federation { Name = federation.Name, DisplayName = name, Etag = current.Etag },
                        UpdateMask = new FieldMask { Paths = { "display_name" } },
                    }, deadline: Deadline()).ResponseAsync,
                    async () => (await system.Funding.GetFederationAsync(new GetFederationRequest { Name = federation.Name }, deadline: Deadline())).DisplayName == name);
            }, limit.Token),
            load.RunAsync("goals", async n => await load.AnsweredAsync(() => system.Budget.SetFinancialGoalsAsync(new SetFinancialGoalsRequest
            {
                FinancialGoals = new FinancialGoals { Name = $"{parent}/financialGoals", MinEquityOre = n * 100_000L },
            }, deadline: Deadline()).ResponseAsync), limit.Token),
            load.RunAsync("plan text", async n =>
            {
                var place = $"Sundsvall den {n} mars {PlanYear}";
                var current = await load.AnsweredAsync(() => system.Documents.GetPlanTextAsync(new GetPlanTextRequest { Name = planText.Name }, deadline: Deadline()).ResponseAsync);
                await load.UpdatedAsync(
                    () => system.Documents.UpdatePlanTextAsync(new UpdatePlanTextRequest
                    {
                        PlanText = new PlanText { Name = planText.Name, SigningPlaceAndDate = place, Etag = current.Etag },
                        UpdateMask = new FieldMask { Paths = { "signing_place_and_date" } },
                    }, deadline: Deadline()).ResponseAsync,
                    async () => (await system.Documents.GetPlanTextAsync(new GetPlanTextRequest { Name = planText.Name }, deadline: Deadline())).SigningPlaceAndDate == place);
            }, limit.Token),
            load.RunAsync("tokens", async _ =>
            {
                // A token identity issues now, taken by a service at once.
                var token = await load.AnsweredAsync(NewAdminTokenAsync);
                await load.AnsweredAsync(() => system.FundingAs(token).GetFederationAsync(new GetFederationRequest { Name = federation.Name }, deadline: Deadline()).ResponseAsync);
            }, limit.Token),
        ];

        // Midway: one replica of each is killed, as a machine dies under them.
        await WaitUntilAsync(() => load.Acknowledged.Values.All(writes => writes.Count >= WritesBeforeTheKill) || writers.Any(w => w.IsFaulted),
            "The load did not get going.");
        var killed = new Dictionary<string, int>();
        foreach (var service in ReplicatedSystem.Replicated)
        {
            killed[service] = system.App.Replicas(service).First(replica => replica.IsHealthy).ProcessId!.Value;
        }
        foreach (var pid in killed.Values)
        {
            Process.GetProcessById(pid).Kill();
        }
        load.Kill(WritesAfterTheKill);
        try
        {
            await Task.WhenAll(writers);
        }
        finally
        {
            // What was slow or refused, and when, for whoever reads a failure.
            TestContext.Current.TestOutputHelper?.WriteLine(string.Join(Environment.NewLine, load.Events));
        }

        // Every acknowledged write is stored, and the last of each update is what is read.
        foreach (var n in load.Acknowledged["federations"])
        {
            Assert.Equal($"Förbund {n}", (await system.Funding.GetFederationAsync(new GetFederationRequest { Name = $"federations/{id}-{n}" })).DisplayName);
        }
        var efforts = await system.Grants.ListEffortsAsync(new ListEffortsRequest { Parent = parent, PageSize = 1000 });
        Assert.Equal(load.Acknowledged["efforts"].Select(n => $"{parent}/efforts/insats-{n}").Order(StringComparer.Ordinal),
            efforts.Efforts.Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal($"Replikförbundet {load.Acknowledged["federation"].Max()}",
            (await system.Funding.GetFederationAsync(new GetFederationRequest { Name = federation.Name })).DisplayName);
        Assert.Equal(load.Acknowledged["goals"].Max() * 100_000L,
            (await system.Budget.GetFinancialGoalsAsync(new GetFinancialGoalsRequest { Name = $"{parent}/financialGoals" })).MinEquityOre);
        Assert.Equal($"Sundsvall den {load.Acknowledged["plan text"].Max()} mars {PlanYear}",
            (await system.Documents.GetPlanTextAsync(new GetPlanTextRequest { Name = planText.Name })).SigningPlaceAndDate);

        // The killed replicas are started again, each in a process of its own.
        foreach (var (service, pid) in killed)
        {
            await WaitUntilAsync(() => system.App.Replicas(service) is var replicas
                    && replicas.Count(replica => replica.State == KnownResourceStates.Running) == ReplicatedSystem.Replicas && replicas.All(replica => replica.ProcessId != pid),
                $"{service}'s killed replica was not started again.");
            await system.EachReplicaAnswersAsync(service);
        }
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Acknowledged: {string.Join(", ", load.Acknowledged.Select(w => $"{w.Key} {w.Value.Count}"))}; " +
            $"Unavailable met {load.Unavailable} times, Aborted after a committed retry {load.AbortedAfterCommit} times.");
    }

    private static DateTime Deadline() => DateTime.UtcNow.Add(CallLimit);

    private static Federation Named(Federation federation, string displayName)
    {
        federation.DisplayName = displayName;
        return federation;
    }

    // The regional administrators' client asks the token endpoint for a new token; the
    // gateway answering 502 or 503, or the connection dropping, is identity or a gateway
    // replica gone: Unavailable.
    private async Task<string> NewAdminTokenAsync()
    {
        using var http = new HttpClient { BaseAddress = system.GatewayHttp, Timeout = CallLimit };
        HttpResponseMessage answer;
        try
        {
            answer = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = Tokens.AdminClientId,
                ["client_secret"] = Tokens.AdminClientSecret(system.App.DataDirectory),
            }));
        }
        catch (HttpRequestException failure)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, failure.Message));
        }
        using (answer)
        {
            var body = await answer.Content.ReadAsStringAsync();
            if (answer.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable)
            {
                throw new RpcException(new Status(StatusCode.Unavailable, $"{(int)answer.StatusCode}"));
            }
            Assert.True(answer.IsSuccessStatusCode, $"No token: {(int)answer.StatusCode} {body}");
            return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string failure)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < FinsamSystem.StartLimit, failure);
            await Task.Delay(200);
        }
    }

    // Writers, each numbering its writes 1, 2, 3, ... and keeping the numbers acknowledged.
    private sealed class Load
    {
        private int _writesAfterTheKill = int.MaxValue;
        private readonly ConcurrentDictionary<string, int> _countAtTheKill = new();
        private int _unavailable;
        private int _abortedAfterCommit;

        public ConcurrentDictionary<string, List<int>> Acknowledged { get; } = new();

        private readonly Stopwatch _clock = Stopwatch.StartNew();

        public ConcurrentQueue<string> Events { get; } = new();

        private void Note(string what) => Events.Enqueue($"{_clock.Elapsed.TotalSeconds:0.000} {what}");

        public int Unavailable => _unavailable;

        public int AbortedAfterCommit => _abortedAfterCommit;

        // From now on each writer stops once it has this many more writes acknowledged.
        public void Kill(int writesAfter)
        {
            Note("killed");
            foreach (var (writer, writes) in Acknowledged)
            {
                lock (writes)
                {
                    _countAtTheKill[writer] = writes.Count;
                }
            }
            Volatile.Write(ref _writesAfterTheKill, writesAfter);
        }

        public async Task RunAsync(string writer, Func<int, Task> write, CancellationToken limit)
        {
            var acknowledged = Acknowledged.GetOrAdd(writer, _ => []);
            for (var n = 1; ; n++)
            {
                limit.ThrowIfCancellationRequested();
                await write(n);
                lock (acknowledged)
                {
                    acknowledged.Add(n);
                    if (_countAtTheKill.TryGetValue(writer, out var atTheKill) && acknowledged.Count - atTheKill >= Volatile.Read(ref _writesAfterTheKill))
                    {
                        return;
                    }
                }
            }
        }

        // The call, tried again the same way while it meets Unavailable.
        public async Task<T> AnsweredAsync<T>(Func<Task<T>> call, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(call))] string what = "")
        {
            what = what.Length > 70 ? what[..70] : what;
            while (true)
            {
                var started = _clock.Elapsed;
                try
                {
                    var answer = await call();
                    if (_clock.Elapsed - started > TimeSpan.FromSeconds(1))
                    {
                        Note($"slow {(_clock.Elapsed - started).TotalSeconds:0.0} s from {started.TotalSeconds:0.000}: {what}");
                    }
                    return answer;
                }
                catch (RpcException failure)
                {
                    Note($"{failure.StatusCode} after {(_clock.Elapsed - started).TotalSeconds:0.0} s from {started.TotalSeconds:0.000}: {what} {failure.Status.Detail}");
                    if (failure.StatusCode != StatusCode.Unavailable)
                    {
                        throw;
                    }
                    Interlocked.Increment(ref _unavailable);
                    await Task.Delay(100);
                }
            }
        }

        // An update with an etag, tried again with the same etag while it meets Unavailable.
        // Aborted on a retry is the first attempt having committed (the etag moved on): then the
        // value read must be the one written, else it is a lost update.
        public async Task UpdatedAsync<T>(Func<Task<T>> update, Func<Task<bool>> storedIsOurs)
        {
            var retried = false;
            while (true)
            {
                try
                {
                    await update();
                    return;
                }
                catch (RpcException failure) when (failure.StatusCode == StatusCode.Unavailable)
                {
                    Interlocked.Increment(ref _unavailable);
                    retried = true;
                    await Task.Delay(100);
                }
                catch (RpcException failure) when (failure.StatusCode == StatusCode.Aborted && retried)
                {
                    Assert.True(await AnsweredAsync(storedIsOurs), "An update refused as stale after a retry is not the one stored.");
                    Interlocked.Increment(ref _abortedAfterCommit);
                    return;
                }
            }
        }
    }
}
