using Finsam.Contracts.Funding.V1;
using Finsam.LoadBenchmark.Load;
using Finsam.SystemTests.Infrastructure;
using static Finsam.LoadBenchmark.Report;

namespace Finsam.LoadBenchmark.Parts;

// Row 1: the gateway's cost on a read. The same two funding reads, 16 at a time in a closed
// loop, through the gateway and straight to the funding service over gRPC, and through the
// gateway's JSON transcoding (HTTP/1.1, 16 connections).
public static class Reads
{
    public static async Task RunAsync(BenchmarkSystem system, string federationId, BenchmarkOptions options, Report report)
    {
        using var gatewayChannel = system.GatewayChannel();
        using var directChannel = system.DirectChannel("funding");
        var viaGateway = new FundingService.FundingServiceClient(gatewayChannel.WithToken(system.AdminToken));
        var direct = new FundingService.FundingServiceClient(directChannel.WithToken(system.AdminToken));
        using var json = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = BenchmarkOptions.Streams }) { BaseAddress = system.GatewayHttp };
        json.DefaultRequestHeaders.Authorization = new("Bearer", system.AdminToken);

        var federation = $"federations/{federationId}";
        var contributions = $"{federation}/contributions/2022";
        var reads = new (string Rpc, Func<FundingService.FundingServiceClient, Task> Grpc, string JsonPath)[]
        {
            ("GetFederation", client => client.GetFederationAsync(new GetFederationRequest { Name = federation }).ResponseAsync, $"/v1/{federation}"),
            ("GetContributions", client => client.GetContributionsAsync(new GetContributionsRequest { Name = contributions }).ResponseAsync, $"/v1/{contributions}"),
        };

        var lines = new List<string[]>();
        var summary = new List<string>();
        foreach (var (rpc, grpc, jsonPath) in reads)
        {
            var ways = new (string Path, Func<Task> Call)[]
            {
                ("gRPC straight to funding", () => grpc(direct)),
                ("gRPC through the gateway", () => grpc(viaGateway)),
                ("JSON through the gateway", async () =>
                {
                    using var response = await json.GetAsync(jsonPath);
                    response.EnsureSuccessStatusCode();
                    await response.Content.ReadAsByteArrayAsync();
                }),
            };
            // The ways take turns, the first changing each round; a ratio is taken within a
            // round (the same minute, the same machine's mood) and the median of them reported.
            var rounds = new List<ClosedLoop.Result[]>();
            for (var round = 0; round < options.Rounds; round++)
            {
                var results = new ClosedLoop.Result[ways.Length];
                for (var i = 0; i < ways.Length; i++)
                {
                    var way = (i + round) % ways.Length;
                    results[way] = await Measure(ways[way].Call, options);
                }
                rounds.Add(results);
            }
            double Median(Func<ClosedLoop.Result[], double> figure) => Latencies.MedianOf(rounds.Select(figure));
            for (var way = 0; way < ways.Length; way++)
            {
                lines.Add(
                [
                    rpc, ways[way].Path, F($"{Median(r => r[way].PerSecond):0}"),
                    string.Join(" / ", rounds.Select(r => F($"{r[way].PerSecond:0}"))),
                    Ratio(Median(r => r[way].PerSecond / r[0].PerSecond)),
                    Ms(Median(r => r[way].Latencies.Median)), Ms(Median(r => r[way].Latencies.Percentile(99))),
                    rounds.Sum(r => r[way].Errors) is var errors and > 0 ? $"{errors} ({rounds.Select(r => r[way].FirstError).First(e => e is not null)})" : "0",
                ]);
            }
            summary.Add(F($"{rpc} {Ratio(Median(r => r[1].PerSecond / r[0].PerSecond))} ({Median(r => r[1].PerSecond):0} vs {Median(r => r[0].PerSecond):0} req/s; JSON {Ratio(Median(r => r[2].PerSecond / r[1].PerSecond))} of gRPC)"));
        }
        report.Set("reads", string.Join("; ", summary) + F($" (medians of {options.Rounds} rounds)"));
        report.Detail("Reads (row 1): closed loop, 16 callers", ["read", "path", "req/s (median)", "each round", "× straight (median of the rounds' ratios)", "p50", "p99", "errors"], lines,
            F($"{options.Rounds} rounds, the three ways taking turns (the first changing each round); each {options.ClosedLoop.TotalSeconds:0} s after a {options.WarmUp.TotalSeconds:0.#} s warm-up; gRPC on one HTTP/2 connection (16 streams), JSON on 16 HTTP/1.1 connections."));
    }

    private static Task<ClosedLoop.Result> Measure(Func<Task> call, BenchmarkOptions options) =>
        ClosedLoop.RunAsync(call, BenchmarkOptions.Streams, options.ClosedLoop, options.WarmUp);
}
