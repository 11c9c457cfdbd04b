using System.Diagnostics;
using Finsam.LoadBenchmark.Load;
using Finsam.SystemTests.Infrastructure;
using Grpc.Net.Client;
using static Finsam.LoadBenchmark.Report;
using Budget = Finsam.Contracts.Budget.V1;
using Funding = Finsam.Contracts.Funding.V1;
using Grants = Finsam.Contracts.Grants.V1;

namespace Finsam.LoadBenchmark.Parts;

// Where one computation's time goes when nothing else runs: the computation through the
// gateway and straight to the budget service, and each call the budget service makes for it
// (funding's income and grants' effort costs of the budget's years, with the version kept from
// last time, as the budget service asks), one after another. The difference between two rows
// is what a hop adds; the calls inside the budget service are made side by side.
public static class Hops
{
    private static readonly string[] Served = ["gateway", "budget", "funding", "grants"];

    public static async Task<IReadOnlyList<string[]>> MeasureAsync(BenchmarkSystem system, string federationId, int count)
    {
        using var gatewayChannel = system.GatewayChannel();
        using var budgetChannel = system.DirectChannel("budget");
        using var fundingChannel = system.DirectChannel("funding");
        using var grantsChannel = system.DirectChannel("grants");
        var viaGateway = new Budget.BudgetService.BudgetServiceClient(gatewayChannel.WithToken(system.AdminToken));
        var budget = new Budget.BudgetService.BudgetServiceClient(budgetChannel.WithToken(system.AdminToken));
        var funding = new Funding.FundingService.FundingServiceClient(fundingChannel.WithToken(system.AdminToken));
        var grants = new Grants.GrantsService.GrantsServiceClient(grantsChannel.WithToken(system.AdminToken));

        var federation = $"federations/{federationId}";
        var name = $"{federation}/budgets/2022";
        var stored = await budget.GetBudgetAsync(new Budget.GetBudgetRequest { Name = name });
        var (firstYear, lastYear) = (stored.FirstYear, stored.FirstYear + stored.PlanYears - 1);
        var incomeVersion = (await funding.GetIncomeAsync(new Funding.GetIncomeRequest { Parent = federation, FirstYear = firstYear, LastYear = lastYear })).Version;
        var costsVersion = (await grants.GetEffortCostsAsync(new Grants.GetEffortCostsRequest { Parent = federation, FirstYear = firstYear, LastYear = lastYear })).Version;

        var compute = new Budget.ComputeBudgetRequest { Name = name };
        var calls = new (string Call, Func<Task> Once)[]
        {
            ("ComputeBudget through the gateway", () => viaGateway.ComputeBudgetAsync(compute).ResponseAsync),
            ("ComputeBudget straight to budget", () => budget.ComputeBudgetAsync(compute).ResponseAsync),
            ("GetBudget straight to budget", () => budget.GetBudgetAsync(new Budget.GetBudgetRequest { Name = name }).ResponseAsync),
            ("GetIncome straight to funding, version kept", () => funding.GetIncomeAsync(new Funding.GetIncomeRequest { Parent = federation, FirstYear = firstYear, LastYear = lastYear, KnownVersion = incomeVersion }).ResponseAsync),
            ("GetEffortCosts straight to grants, version kept", () => grants.GetEffortCostsAsync(new Grants.GetEffortCostsRequest { Parent = federation, FirstYear = firstYear, LastYear = lastYear, KnownVersion = costsVersion }).ResponseAsync),
            ("GetFederation through the gateway", () => new Funding.FundingService.FundingServiceClient(gatewayChannel.WithToken(system.AdminToken)).GetFederationAsync(new Funding.GetFederationRequest { Name = federation }).ResponseAsync),
            ("GetFederation straight to funding", () => funding.GetFederationAsync(new Funding.GetFederationRequest { Name = federation }).ResponseAsync),
        };
        var lines = new List<string[]>();
        foreach (var (call, once) in calls)
        {
            var latencies = new Latencies();
            for (var i = 0; i < 10 + count; i++)
            {
                var clock = Stopwatch.StartNew();
                await once();
                if (i >= 10)
                {
                    latencies.Add(clock.Elapsed);
                }
            }
            lines.Add([call, Ms(latencies.Median), Ms(latencies.Percentile(90))]);
        }
        return lines;
    }

    // Computations through the gateway, traced (a kept traceparent every process follows), as
    // the dashboard has them: the one of median length, each span's start and length from the
    // first span's start.
    public static async Task<IReadOnlyList<string[]>> TimelineAsync(BenchmarkSystem system, string federationId, int traces)
    {
        using var gatewayChannel = system.GatewayChannel();
        var budget = new Budget.BudgetService.BudgetServiceClient(gatewayChannel.WithToken(system.AdminToken));
        var compute = new Budget.ComputeBudgetRequest { Name = $"federations/{federationId}/budgets/2022" };
        var timelines = new List<IReadOnlyList<TraceSpan>>();
        for (var i = 0; i < traces; i++)
        {
            for (var untraced = 0; untraced < 10; untraced++)
            {
                await budget.ComputeBudgetAsync(compute);
            }
            var traceId = ActivityTraceId.CreateRandom().ToHexString();
            await budget.ComputeBudgetAsync(compute, [new("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01")]);
            try
            {
                timelines.Add(await system.App.TraceAsync(traceId, spans => Served.All(service => spans.Any(s => s.Service == service && s.Kind == TraceSpanKind.Server))));
            }
            catch (TimeoutException)
            {
                // A span the dashboard never got (an exporter's full queue drops them): not this one.
            }
        }
        if (timelines.Count == 0)
        {
            return [["(none complete in the dashboard)", "", "", ""]];
        }
        var median = timelines.OrderBy(spans => spans.Max(s => s.EndUnixNano) - spans.Min(s => s.StartUnixNano)).ElementAt(timelines.Count / 2);
        var start = median.Min(s => s.StartUnixNano);
        return median.OrderBy(s => s.StartUnixNano)
            .Select(s => new[] { s.Service, $"{s.Kind} {s.Rpc}", F($"{(s.StartUnixNano - start) / 1e6:0.00}"), F($"{(s.EndUnixNano - s.StartUnixNano) / 1e6:0.00}") })
            .ToList();
    }
}
