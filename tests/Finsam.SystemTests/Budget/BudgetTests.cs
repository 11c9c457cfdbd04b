using System.Diagnostics;
using System.Security.Cryptography;
using Finsam.Contracts.Budget.V1;
using Finsam.SystemTests.Infrastructure;
using Grpc.Core;

namespace Finsam.SystemTests.Budget;

// What only the whole system shows of a budget: the calls it makes to funding and grants, as
// the trace records them, and what happens when one of those services is really stopped. The
// budget's own rules are tested against the service alone (Finsam.Budget.Tests, Functional/).
[Collection(SystemCollection.Name)]
public sealed class BudgetTests(FinsamSystem system)
{
    [Fact]
    public async Task One_computed_budget_asks_funding_once_and_grants_once_side_by_side()
    {
        var id = await SundsvallBudget.SetUpAsync(system);
        var traceId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

        await system.Budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = $"federations/{id}/budgets/2022" },
            new Metadata { { "traceparent", $"00-{traceId}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}-01" } });

        // The budget's own span ends after every call it made, and is exported after them.
        var spans = await system.App.TraceAsync(traceId, spans => spans.Any(s =>
            s.Service == "budget" && s.Kind == TraceSpanKind.Server && s.Name.Contains("ComputeBudget", StringComparison.Ordinal)));
        // A gRPC call is a client span of its own with the HTTP request's client span under it:
        // the calls are the budget's client spans that are not under another, databases aside.
        var clients = spans.Where(s => s.Service == "budget" && s.Kind == TraceSpanKind.Client).ToList();
        var calls = clients.Where(s => !s.IsDatabaseCall && clients.All(parent => parent.SpanId != s.ParentSpanId)).ToList();
        Assert.Equal(["finsam.funding.v1.FundingService/GetIncome", "finsam.grants.v1.GrantsService/GetEffortCosts"], calls.Select(c => c.Rpc).Order());

        var income = calls.Single(c => c.Rpc.EndsWith("/GetIncome", StringComparison.Ordinal));
        var costs = calls.Single(c => c.Rpc.EndsWith("/GetEffortCosts", StringComparison.Ordinal));
        Assert.True(income.StartUnixNano < costs.EndUnixNano && costs.StartUnixNano < income.EndUnixNano,
            "Funding and grants are asked at the same time, not one after the other.");
    }


    [Theory]
    [InlineData("grants")]
    [InlineData("funding")]
    public async Task When_a_dependency_is_down_the_budget_answers_unavailable_naming_it_fast(string dependency)
    {
        var id = await SundsvallBudget.SetUpAsync(system);
        await system.App.StopResourceAsync(dependency);
        try
        {
            var clock = Stopwatch.StartNew();
            var failure = await RpcAssert.FailsWith(StatusCode.Unavailable, () => system.Budget.ComputeBudgetAsync(
                new ComputeBudgetRequest { Name = $"federations/{id}/budgets/2022" }, deadline: DateTime.UtcNow.AddSeconds(20)).ResponseAsync);
            Assert.Contains(dependency, failure.Status.Detail);
            // Not the connection error: no address, no .NET exception.
            Assert.DoesNotContain("localhost:", failure.Status.Detail);
            Assert.DoesNotContain("Exception", failure.Status.Detail);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"Took {clock.Elapsed}.");
        }
        finally
        {
            await system.App.StartResourceAsync(dependency);
            await system.App.ResourceNotifications.WaitForResourceHealthyAsync(dependency).WaitAsync(FinsamSystem.StartLimit);
        }
    }

}
