using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Common.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Grpc.Core;

namespace Finsam.Budget.Tests.Functional;

public sealed class AuditTrailTests(BudgetHost host) : IClassFixture<BudgetHost>
{
    [Fact]
    public async Task Every_budget_change_is_in_the_federations_budget_trail_with_who_and_before_and_after()
    {
        var id = await host.SundsvallAsync();
        var name = $"federations/{id}/budgets/2022";
        await host.Budget().ProposeBudgetAsync(new ProposeBudgetRequest { Name = name });
        await host.Budget().AdoptBudgetAsync(new AdoptBudgetRequest { Name = name, AdoptedOn = "2021-11-26", ReferenceNumber = "Dnr 2021/50" });

        var trail = (await host.Budget(Caller.AuditorOf(id)).ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = $"federations/{id}" })).Records;

        var editor = Caller.EditorOf(id).Subject;
        var admin = Caller.RegionalAdministrator.Subject;
        Assert.Equal(
            [
                (editor, "SetFinancialGoals", $"federations/{id}/financialGoals"),
                (editor, "CreateBudget", name),
                (admin, "ProposeBudget", name),
                (admin, "AdoptBudget", name),
            ],
            trail.Select(r => (r.Actor, r.Action, r.Resource)));
        Assert.Equal("", trail[1].BeforeJson);
        Assert.Contains("BUDGET_STATUS_DRAFT", trail[2].BeforeJson);
        Assert.Contains("BUDGET_STATUS_PROPOSED", trail[2].AfterJson);
        Assert.Contains("Dnr 2021/50", trail[3].AfterJson);

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => host.Budget(Caller.ReaderOf(id)).ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = $"federations/{id}" }).ResponseAsync);
    }

    [Fact]
    public async Task A_refused_change_leaves_no_record()
    {
        var id = await host.SundsvallAsync();
        var name = $"federations/{id}/budgets/2022";

        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => host.Budget().ReviseBudgetAsync(new ReviseBudgetRequest { Name = name }).ResponseAsync);
        await RpcAssert.IsInvalid(() => host.Budget().AdoptBudgetAsync(new AdoptBudgetRequest { Name = name }).ResponseAsync);

        var trail = await host.Budget().ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = $"federations/{id}" });
        Assert.Equal(["SetFinancialGoals", "CreateBudget"], trail.Records.Select(r => r.Action));
    }
}
