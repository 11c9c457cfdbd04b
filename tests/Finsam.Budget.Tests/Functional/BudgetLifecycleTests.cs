using Finsam.Contracts.Budget.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using static Finsam.Budget.Tests.Functional.Sundsvall;

namespace Finsam.Budget.Tests.Functional;

// Draft → proposed → adopted (locked, kept), revised as a new draft version beside the adopted one.
public sealed class BudgetLifecycleTests(BudgetHost host) : IClassFixture<BudgetHost>
{
    [Fact]
    public async Task A_budget_is_proposed_adopted_and_locked_and_a_revision_is_a_new_version_beside_the_adopted_one()
    {
        var id = await host.SundsvallAsync();
        var name = $"federations/{id}/budgets/2022";
        var budget = host.Budget(Caller.EditorOf(id));

        var proposed = await budget.ProposeBudgetAsync(new ProposeBudgetRequest { Name = name });
        var adopted = await budget.AdoptBudgetAsync(new AdoptBudgetRequest { Name = name, AdoptedOn = "2021-11-26", ReferenceNumber = " Dnr 2021/50 " });

        Assert.Equal(BudgetStatus.Proposed, proposed.Status);
        Assert.Equal((BudgetStatus.Adopted, "2021-11-26", "Dnr 2021/50", 1), (adopted.Status, adopted.AdoptedOn, adopted.ReferenceNumber, adopted.Version));
        var change = adopted.Clone();
        change.OpeningEquityOre = 0;
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => budget.UpdateBudgetAsync(new UpdateBudgetRequest { Budget = change, UpdateMask = new FieldMask { Paths = { "opening_equity_ore" } } }).ResponseAsync);

        var revised = await budget.ReviseBudgetAsync(new ReviseBudgetRequest { Name = name });
        Assert.Equal((BudgetStatus.Draft, 2, ""), (revised.Status, revised.Version, revised.AdoptedOn));
        revised.OpeningEquityOre = Tkr(1_300);
        await budget.UpdateBudgetAsync(new UpdateBudgetRequest { Budget = revised, UpdateMask = new FieldMask { Paths = { "opening_equity_ore" } } });

        var versions = await budget.ListBudgetVersionsAsync(new ListBudgetVersionsRequest { Parent = name });
        var kept = Assert.Single(versions.Versions);
        Assert.Equal((1, Tkr(1_233), "Dnr 2021/50", BudgetStatus.Adopted), (kept.Version, kept.OpeningEquityOre, kept.ReferenceNumber, kept.Status));
        var report = await budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = name });
        Assert.Equal((2, BudgetStatus.Draft), (report.Version, report.Status));
        Assert.Equal(Tkr(644), report.Years[1].EquityOre);
    }

    [Fact]
    public async Task Each_illegal_move_is_a_failed_precondition_that_changes_nothing()
    {
        var id = await host.SundsvallAsync();
        var name = $"federations/{id}/budgets/2022";
        var budget = host.Budget(Caller.EditorOf(id));
        var adopt = new AdoptBudgetRequest { Name = name, AdoptedOn = "2021-11-26", ReferenceNumber = "Dnr 2021/50" };

        await IllegalAsync(budget, name, BudgetStatus.Draft, () => budget.ReviseBudgetAsync(new ReviseBudgetRequest { Name = name }).ResponseAsync);
        await budget.ProposeBudgetAsync(new ProposeBudgetRequest { Name = name });
        await IllegalAsync(budget, name, BudgetStatus.Proposed, () => budget.ProposeBudgetAsync(new ProposeBudgetRequest { Name = name }).ResponseAsync);
        await IllegalAsync(budget, name, BudgetStatus.Proposed, () => budget.ReviseBudgetAsync(new ReviseBudgetRequest { Name = name }).ResponseAsync);
        await budget.AdoptBudgetAsync(adopt);
        await IllegalAsync(budget, name, BudgetStatus.Adopted, () => budget.AdoptBudgetAsync(adopt).ResponseAsync);
        await IllegalAsync(budget, name, BudgetStatus.Adopted, () => budget.ProposeBudgetAsync(new ProposeBudgetRequest { Name = name }).ResponseAsync);

        Assert.Single((await budget.ListBudgetVersionsAsync(new ListBudgetVersionsRequest { Parent = name })).Versions);
    }

    [Fact]
    public async Task A_proposal_can_still_be_changed()
    {
        var id = await host.SundsvallAsync();
        var budget = host.Budget(Caller.EditorOf(id));
        var proposed = await budget.ProposeBudgetAsync(new ProposeBudgetRequest { Name = $"federations/{id}/budgets/2022" });
        proposed.OpeningEquityOre = Tkr(1_000);

        var changed = await budget.UpdateBudgetAsync(new UpdateBudgetRequest { Budget = proposed, UpdateMask = new FieldMask { Paths = { "opening_equity_ore" } } });

        Assert.Equal((BudgetStatus.Proposed, Tkr(1_000)), (changed.Status, changed.OpeningEquityOre));
        Assert.Equal(changed, await budget.GetBudgetAsync(new GetBudgetRequest { Name = proposed.Name }));
    }

    [Fact]
    public async Task A_draft_can_be_adopted_without_a_proposal()
    {
        var id = await host.SundsvallAsync();

        var adopted = await host.Budget(Caller.EditorOf(id)).AdoptBudgetAsync(new AdoptBudgetRequest { Name = $"federations/{id}/budgets/2022", AdoptedOn = "2021-12-01", ReferenceNumber = "Dnr 2021/51" });

        Assert.Equal((BudgetStatus.Adopted, 1), (adopted.Status, adopted.Version));
    }

    [Fact]
    public async Task A_board_decision_without_a_date_or_diarienummer_adopts_nothing()
    {
        var id = await host.SundsvallAsync();
        var name = $"federations/{id}/budgets/2022";

        var violations = await RpcAssert.IsInvalidWithReasons(() => host.Budget().AdoptBudgetAsync(new AdoptBudgetRequest { Name = name, AdoptedOn = "26/11/2021" }).ResponseAsync);

        Assert.Equal([("adopted_on", "INVALID_FORMAT"), ("reference_number", "REQUIRED")], violations);
        Assert.Equal(BudgetStatus.Draft, (await host.Budget().GetBudgetAsync(new GetBudgetRequest { Name = name })).Status);
        Assert.Empty((await host.Budget().ListBudgetVersionsAsync(new ListBudgetVersionsRequest { Parent = name })).Versions);
    }

    [Fact]
    public async Task A_move_based_on_an_older_read_is_aborted()
    {
        var id = await host.SundsvallAsync();
        var name = $"federations/{id}/budgets/2022";
        var read = await host.Budget().GetBudgetAsync(new GetBudgetRequest { Name = name });
        read.OpeningEquityOre = Tkr(1_000);
        await host.Budget().UpdateBudgetAsync(new UpdateBudgetRequest { Budget = read, UpdateMask = new FieldMask { Paths = { "opening_equity_ore" } } });

        await RpcAssert.FailsWith(StatusCode.Aborted, () => host.Budget().ProposeBudgetAsync(new ProposeBudgetRequest { Name = name, Etag = read.Etag }).ResponseAsync);

        Assert.Equal(BudgetStatus.Draft, (await host.Budget().GetBudgetAsync(new GetBudgetRequest { Name = name })).Status);
    }

    private static async Task IllegalAsync(BudgetService.BudgetServiceClient budget, string name, BudgetStatus stays, Func<Task> move)
    {
        var failure = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, move);
        Assert.NotEmpty(failure.Status.Detail);
        Assert.Equal(stays, (await budget.GetBudgetAsync(new GetBudgetRequest { Name = name })).Status);
    }
}
