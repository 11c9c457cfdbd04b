using Finsam.Contracts.Budget.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using static Finsam.Budget.Tests.Functional.Sundsvall;

namespace Finsam.Budget.Tests.Functional;

// What the federation enters: created, read back, changed with etags, refused when wrong.
public sealed class BudgetInputTests(BudgetHost host) : IClassFixture<BudgetHost>
{
    [Fact]
    public async Task A_created_budget_reads_back_as_entered_as_draft_version_1()
    {
        var id = host.NewFederation();
        var entered = Budget2022();

        var created = await host.Budget(Caller.EditorOf(id)).CreateBudgetAsync(new CreateBudgetRequest { Parent = $"federations/{id}", Budget = entered });
        var read = await host.Budget(Caller.ReaderOf(id)).GetBudgetAsync(new GetBudgetRequest { Name = $"federations/{id}/budgets/2022" });

        Assert.Equal(created, read);
        var expected = entered.Clone();
        expected.Name = $"federations/{id}/budgets/2022";
        expected.Status = BudgetStatus.Draft;
        expected.Version = 1;
        expected.Etag = read.Etag;
        Assert.Equal(expected, read);
        Assert.NotEmpty(read.Etag);
    }

    [Fact]
    public async Task Bad_input_is_named_with_reasons_and_nothing_is_stored()
    {
        var id = host.NewFederation();

        var violations = await RpcAssert.IsInvalidWithReasons(() => host.Budget().CreateBudgetAsync(new CreateBudgetRequest
        {
            Parent = $"federations/{id}",
            Budget = new Contracts.Budget.V1.Budget
            {
                FirstYear = 2022,
                CostGroups = { new CostGroupInput { Key = "board", Label = "Styrelsen", Kind = CostGroupKind.Board, Lines = { new BudgetLine { Label = "Arvoden", Year = 2030, AmountOre = -1 } } } },
                StatedFigures = { new StatedFigure { Row = "nonsense", Year = 2022 } },
            },
        }).ResponseAsync);

        Assert.Equal(
            [
                ("budget.cost_groups[0].lines[0].year", "INVALID_VALUE"),
                ("budget.cost_groups[0].lines[0].amount_ore", "OUT_OF_RANGE"),
                ("budget.stated_figures[0].row", "INVALID_VALUE"),
            ],
            violations);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => host.Budget().GetBudgetAsync(new GetBudgetRequest { Name = $"federations/{id}/budgets/2022" }).ResponseAsync);
    }

    [Fact]
    public async Task Two_groups_with_one_key_and_a_first_year_out_of_range_are_refused()
    {
        var id = host.NewFederation();
        var twice = Budget2022();
        twice.CostGroups[1].Key = "board";

        var duplicate = await RpcAssert.IsInvalidWithReasons(() => host.Budget().CreateBudgetAsync(new CreateBudgetRequest { Parent = $"federations/{id}", Budget = twice }).ResponseAsync);
        var early = await RpcAssert.IsInvalidWithReasons(() => host.Budget().CreateBudgetAsync(new CreateBudgetRequest { Parent = $"federations/{id}", Budget = new Contracts.Budget.V1.Budget { FirstYear = 2003 } }).ResponseAsync);

        Assert.Equal([("budget.cost_groups[1].key", "INVALID_FORMAT")], duplicate);
        Assert.Equal([("budget.first_year", "OUT_OF_RANGE")], early);
    }

    [Fact]
    public async Task A_second_budget_for_the_same_first_year_already_exists()
    {
        var id = host.NewFederation();
        var first = await host.Budget().CreateBudgetAsync(new CreateBudgetRequest { Parent = $"federations/{id}", Budget = Budget2022() });

        await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => host.Budget().CreateBudgetAsync(new CreateBudgetRequest { Parent = $"federations/{id}", Budget = new Contracts.Budget.V1.Budget { FirstYear = 2022 } }).ResponseAsync);

        Assert.Equal(first, await host.Budget().GetBudgetAsync(new GetBudgetRequest { Name = first.Name }));
    }

    [Fact]
    public async Task A_budget_for_a_federation_funding_does_not_know_is_not_found()
    {
        await RpcAssert.FailsWith(StatusCode.NotFound, () => host.Budget().CreateBudgetAsync(new CreateBudgetRequest { Parent = "federations/finns-inte", Budget = Budget2022() }).ResponseAsync);

        await RpcAssert.FailsWith(StatusCode.NotFound, () => host.Budget().GetBudgetAsync(new GetBudgetRequest { Name = "federations/finns-inte/budgets/2022" }).ResponseAsync);
    }

    [Fact]
    public async Task An_update_with_a_stale_etag_is_aborted_and_an_invalid_one_stores_nothing()
    {
        var id = host.NewFederation();
        var budget = host.Budget(Caller.EditorOf(id));
        var first = await budget.CreateBudgetAsync(new CreateBudgetRequest { Parent = $"federations/{id}", Budget = Budget2022() });
        var change = first.Clone();
        change.OpeningEquityOre = Tkr(1_000);
        var current = await budget.UpdateBudgetAsync(new UpdateBudgetRequest { Budget = change, UpdateMask = new FieldMask { Paths = { "opening_equity_ore" } } });

        var stale = first.Clone();
        stale.OpeningEquityOre = Tkr(2_000);
        await RpcAssert.FailsWith(StatusCode.Aborted, () => budget.UpdateBudgetAsync(new UpdateBudgetRequest { Budget = stale, UpdateMask = new FieldMask { Paths = { "opening_equity_ore" } } }).ResponseAsync);
        var invalid = current.Clone();
        invalid.Balance.Add(new BalanceEntries { Year = 2022 });
        var violations = await RpcAssert.IsInvalidWithReasons(() => budget.UpdateBudgetAsync(new UpdateBudgetRequest { Budget = invalid, UpdateMask = new FieldMask { Paths = { "balance" } } }).ResponseAsync);
        var notUpdatable = await RpcAssert.IsInvalidWithReasons(() => budget.UpdateBudgetAsync(new UpdateBudgetRequest { Budget = current, UpdateMask = new FieldMask { Paths = { "first_year" } } }).ResponseAsync);

        Assert.NotEqual(first.Etag, current.Etag);
        Assert.Equal([("budget.balance[0].year", "INVALID_VALUE"), ("budget.balance[3].year", "INVALID_VALUE")], violations);
        Assert.Equal([("update_mask", "NOT_ALLOWED")], notUpdatable);
        Assert.Equal(current, await budget.GetBudgetAsync(new GetBudgetRequest { Name = first.Name }));
    }
}
