using Finsam.Contracts.Budget.V1;
using Finsam.FunctionalTesting.Security;
using Grpc.Core;

namespace Finsam.Budget.Tests.Functional;

// Each RPC's access rule, checked by the service itself against the caller's token.
public sealed class AccessTests(BudgetHost host) : IClassFixture<BudgetHost>
{
    [Fact]
    public async Task Another_federations_officer_is_refused_every_budget_rpc()
    {
        var id = await host.SundsvallAsync();
        var calls = BudgetCalls.For(host.Budget(Caller.EditorOf(host.NewFederation())), id);

        Assert.Equal(BudgetService.Descriptor.Methods.Select(m => m.Name).Order(), calls.Keys.Order());
        foreach (var (method, call) in calls)
        {
            await ExpectAsync(StatusCode.PermissionDenied, method, call);
        }
        await AssertUnchangedAsync(id);
    }

    [Fact]
    public async Task Without_a_token_no_budget_rpc_answers()
    {
        var id = await host.SundsvallAsync();

        foreach (var (method, call) in BudgetCalls.For(host.Budget(Caller.Anonymous), id))
        {
            await ExpectAsync(StatusCode.Unauthenticated, method, call);
        }
        await AssertUnchangedAsync(id);
    }

    [Fact]
    public async Task A_reader_reads_and_computes_the_budget_and_changes_nothing()
    {
        var id = await host.SundsvallAsync();
        var calls = BudgetCalls.For(host.Budget(Caller.ReaderOf(id)), id);

        foreach (var (method, call) in calls.Where(c => BudgetCalls.Reads.Contains(c.Key)))
        {
            if (BudgetCalls.ReadsOfAdopted.Contains(method))
            {
                await ExpectAsync(StatusCode.FailedPrecondition, method, call);
            }
            else
            {
                await call();
            }
        }
        foreach (var (method, call) in calls.Where(c => !BudgetCalls.Reads.Contains(c.Key)))
        {
            await ExpectAsync(StatusCode.PermissionDenied, method, call);
        }
        await AssertUnchangedAsync(id);
    }

    private async Task AssertUnchangedAsync(string id)
    {
        var budget = await host.Budget().GetBudgetAsync(new GetBudgetRequest { Name = $"federations/{id}/budgets/2022" });
        Assert.Equal((BudgetStatus.Draft, Sundsvall.Budget2022().OpeningEquityOre), (budget.Status, budget.OpeningEquityOre));
        Assert.Equal(Sundsvall.Goals(id), await host.Budget().GetFinancialGoalsAsync(new GetFinancialGoalsRequest { Name = $"federations/{id}/financialGoals" }));
    }

    private static async Task ExpectAsync(StatusCode expected, string method, Func<Task> call)
    {
        var failure = await Assert.ThrowsAsync<RpcException>(call);
        Assert.True(failure.StatusCode == expected, $"{method}: {failure.StatusCode} {failure.Status.Detail}");
    }
}
