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
            var straight = await Measure(() => grpc(direct), options);
            var gateway = await Measure(() => grpc(viaGateway), options);
            var overJson = await Measure(async () =>
            {
                using var response = await json.GetAsync(jsonPath);
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
            }, options);
            lines.Add(Line(rpc, "gRPC straight to funding", straight, straight));
            lines.Add(Line(rpc, "gRPC through the gateway", gateway, straight));
            lines.Add(Line(rpc, "JSON through the gateway", overJson, straight));
            summary.Add(F($"{rpc} {Ratio(gateway.PerSecond / straight.PerSecond)} ({gateway.PerSecond:0} vs {straight.PerSecond:0} req/s; JSON {Ratio(overJson.PerSecond / gateway.PerSecond)} of gRPC)"));
        }
        report.Set("reads", string.Join("; ", summary));
        report.Detail("Reads (row 1): closed loop, 16 callers", ["read", "path", "req/s", "× straight", "p50", "p99", "errors"], lines,
            F($"Each {options.ClosedLoop.TotalSeconds:0} s after a {options.WarmUp.TotalSeconds:0.#} s warm-up; gRPC on one HTTP/2 connection (16 streams), JSON on 16 HTTP/1.1 connections."));
    }

    private static Task<ClosedLoop.Result> Measure(Func<Task> call, BenchmarkOptions options) =>
        ClosedLoop.RunAsync(call, BenchmarkOptions.Streams, options.ClosedLoop, options.WarmUp);

    private static string[] Line(string rpc, string path, ClosedLoop.Result result, ClosedLoop.Result straight) =>
    [
        rpc, path, F($"{result.PerSecond:0}"), Ratio(result.PerSecond / straight.PerSecond),
        Ms(result.Latencies.Median), Ms(result.Latencies.Percentile(99)),
        result.Errors == 0 ? "0" : $"{result.Errors} ({result.FirstError})",
    ];
}
