using System.Net;
using System.Text;
using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Common.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Google.Protobuf;
using Grpc.Core;
using static Finsam.Budget.Tests.Functional.Sundsvall;

namespace Finsam.Budget.Tests.Functional;

// The budget as the officer types it: computed as it will be once saved, and never saved.
public sealed class BudgetDraftTests(BudgetHost host) : IClassFixture<BudgetHost>
{
    [Fact]
    public async Task An_unsaved_budget_computes_exactly_as_it_does_once_saved()
    {
        var id = await host.SundsvallAsync();
        var budget = host.Budget(Caller.EditorOf(id));
        var name = $"federations/{id}/budgets/2022";
        var stored = await budget.GetBudgetAsync(new GetBudgetRequest { Name = name });
        var before = await budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = name });
        var edited = Edited(stored);

        var draft = await budget.ComputeBudgetDraftAsync(new ComputeBudgetDraftRequest { Budget = edited });

        Assert.NotEqual(before, draft);
        // 1 300 tkr to start from, and the board's fees 20 tkr up: 2022 ends at 624 tkr, not 577.
        Assert.Equal((Tkr(1_300), Tkr(624)), (draft.Years[1].OpeningEquityOre, draft.Years[1].EquityOre));
        Assert.Equal(2, draft.Years.Count(y => !y.Forecast));
        await budget.UpdateBudgetAsync(new UpdateBudgetRequest { Budget = edited });
        Assert.Equal(await budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = name }), draft);
    }

    [Fact]
    public async Task A_json_client_posts_the_draft_to_compute_draft_with_the_budget_named_in_the_path()
    {
        var id = await host.SundsvallAsync();
        var stored = await host.Budget().GetBudgetAsync(new GetBudgetRequest { Name = $"federations/{id}/budgets/2022" });
        var edited = Edited(stored);
        var expected = await host.Budget().ComputeBudgetDraftAsync(new ComputeBudgetDraftRequest { Budget = edited });
        edited.Name = "";
        using var http = host.Http(Caller.EditorOf(id));

        using var response = await http.PostAsync(
            $"/v1/federations/{id}/budgets/2022:computeDraft",
            new StringContent($"{{\"budget\": {JsonFormatter.Default.Format(edited)}}}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, BudgetReport.Parser.ParseJson(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Computing_a_draft_stores_nothing_and_leaves_no_audit_record()
    {
        var id = await host.SundsvallAsync();
        var budget = host.Budget(Caller.EditorOf(id));
        var name = $"federations/{id}/budgets/2022";
        var stored = await budget.GetBudgetAsync(new GetBudgetRequest { Name = name });
        var report = await budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = name });
        var goals = Goals(id);
        goals.MinEquityOre = Tkr(600);

        await budget.ComputeBudgetDraftAsync(new ComputeBudgetDraftRequest { Budget = Edited(stored), FinancialGoals = goals });

        Assert.Equal(stored, await budget.GetBudgetAsync(new GetBudgetRequest { Name = name }));
        Assert.Equal(Goals(id), await budget.GetFinancialGoalsAsync(new GetFinancialGoalsRequest { Name = goals.Name }));
        Assert.Equal(report, await budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = name }));
        var trail = await host.Budget(Caller.AuditorOf(id)).ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = $"federations/{id}" });
        Assert.Equal(["SetFinancialGoals", "CreateBudget"], trail.Records.Select(r => r.Action));
    }

    [Fact]
    public async Task Goals_being_edited_are_judged_as_they_will_be_once_set()
    {
        var id = await host.SundsvallAsync();
        var budget = host.Budget(Caller.EditorOf(id));
        var name = $"federations/{id}/budgets/2022";
        var stored = await budget.GetBudgetAsync(new GetBudgetRequest { Name = name });
        var goals = Goals(id);
        goals.MinEquityOre = Tkr(600);

        var draft = await budget.ComputeBudgetDraftAsync(new ComputeBudgetDraftRequest { Budget = stored, FinancialGoals = goals });

        Assert.Equal((GoalStatus.NotMet, Tkr(577), Tkr(600)), draft.Goals.Where(g => g.Goal == "min_equity" && g.Year == 2022).Select(g => (g.Status, g.ActualOre, g.LimitOre)).Single());
        await budget.SetFinancialGoalsAsync(new SetFinancialGoalsRequest { FinancialGoals = goals });
        Assert.Equal(await budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = name }), draft);
    }

    [Fact]
    public async Task Only_what_an_update_may_change_is_read_from_the_draft_and_its_etag_is_not_checked()
    {
        var id = await host.SundsvallAsync();
        var budget = host.Budget(Caller.EditorOf(id));
        var name = $"federations/{id}/budgets/2022";
        var stored = await budget.GetBudgetAsync(new GetBudgetRequest { Name = name });
        var draft = stored.Clone();
        draft.FirstYear = 2030;
        draft.Status = BudgetStatus.Adopted;
        draft.Version = 7;
        draft.AdoptedOn = "2021-11-26";
        draft.ReferenceNumber = "Dnr 2021/50";
        draft.Etag = "stale";

        var report = await budget.ComputeBudgetDraftAsync(new ComputeBudgetDraftRequest { Budget = draft });

        Assert.Equal(await budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = name }), report);
        Assert.Equal((1, BudgetStatus.Draft, 2021), (report.Version, report.Status, report.Years[0].Year));
    }

    [Fact]
    public async Task Bad_input_is_named_as_UpdateBudget_and_SetFinancialGoals_name_it_in_one_answer()
    {
        var id = await host.SundsvallAsync();
        var budget = host.Budget(Caller.EditorOf(id));
        var name = $"federations/{id}/budgets/2022";
        var stored = await budget.GetBudgetAsync(new GetBudgetRequest { Name = name });
        var bad = stored.Clone();
        bad.CostGroups[0].Lines[0].Year = 2030;
        bad.CostGroups[0].Lines[0].AmountOre = -1;
        bad.StatedFigures.Add(new StatedFigure { Row = "nonsense", Year = 2022 });
        var badGoals = new FinancialGoals { Name = Goals(id).Name, MinEquityOre = -1, MaxEquityShareBasisPoints = 10_001 };

        var violations = await RpcAssert.IsInvalidWithReasons(() => budget.ComputeBudgetDraftAsync(new ComputeBudgetDraftRequest { Budget = bad, FinancialGoals = badGoals }).ResponseAsync);

        var asUpdated = await RpcAssert.IsInvalidWithReasons(() => budget.UpdateBudgetAsync(new UpdateBudgetRequest { Budget = bad }).ResponseAsync);
        var asSet = await RpcAssert.IsInvalidWithReasons(() => budget.SetFinancialGoalsAsync(new SetFinancialGoalsRequest { FinancialGoals = badGoals }).ResponseAsync);
        Assert.Equal(asUpdated.Concat(asSet), violations);
        Assert.Equal(
            [
                ("budget.cost_groups[0].lines[0].year", "INVALID_VALUE"),
                ("budget.cost_groups[0].lines[0].amount_ore", "OUT_OF_RANGE"),
                ("budget.stated_figures[7].row", "INVALID_VALUE"),
                ("financial_goals.max_equity_share_basis_points", "OUT_OF_RANGE"),
                ("financial_goals.min_equity_ore", "OUT_OF_RANGE"),
            ],
            violations);
        Assert.Equal(
            [("financial_goals.name", "REQUIRED")],
            await RpcAssert.IsInvalidWithReasons(() => budget.ComputeBudgetDraftAsync(new ComputeBudgetDraftRequest { Budget = stored, FinancialGoals = new FinancialGoals() }).ResponseAsync));
        Assert.Equal(stored, await budget.GetBudgetAsync(new GetBudgetRequest { Name = name }));
    }

    [Fact]
    public async Task A_draft_of_a_budget_that_does_not_exist_is_not_found_and_of_an_adopted_one_is_refused_until_revised()
    {
        var id = await host.SundsvallAsync();
        var budget = host.Budget(Caller.EditorOf(id));
        var name = $"federations/{id}/budgets/2022";
        var missing = Budget2022();
        missing.Name = $"federations/{id}/budgets/2023";
        await RpcAssert.FailsWith(StatusCode.NotFound, () => budget.ComputeBudgetDraftAsync(new ComputeBudgetDraftRequest { Budget = missing }).ResponseAsync);

        var adopted = await budget.AdoptBudgetAsync(new AdoptBudgetRequest { Name = name, AdoptedOn = "2021-11-26", ReferenceNumber = "Dnr 2021/50" });
        var refusal = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => budget.ComputeBudgetDraftAsync(new ComputeBudgetDraftRequest { Budget = Edited(adopted) }).ResponseAsync);
        Assert.Contains("revise", refusal.Status.Detail, StringComparison.Ordinal);

        var revised = await budget.ReviseBudgetAsync(new ReviseBudgetRequest { Name = name });
        var draft = await budget.ComputeBudgetDraftAsync(new ComputeBudgetDraftRequest { Budget = Edited(revised) });
        Assert.Equal((2, BudgetStatus.Draft, false, Tkr(624)), (draft.Version, draft.Status, draft.ComputedFromAdoptedInputs, draft.Years[1].EquityOre));
    }

    // The officer's typing: more equity to start from, the board's fees up 20 tkr, two years.
    private static Contracts.Budget.V1.Budget Edited(Contracts.Budget.V1.Budget stored)
    {
        var edited = stored.Clone();
        edited.OpeningEquityOre = Tkr(1_300);
        edited.CostGroups[0].Lines[0].AmountOre += Tkr(20);
        edited.PlanYears = 2;
        foreach (var group in edited.CostGroups)
        {
            foreach (var total in group.Totals.Where(t => t.Year == 2024).ToList())
            {
                group.Totals.Remove(total);
            }
            foreach (var line in group.Lines.Where(l => l.Year == 2024).ToList())
            {
                group.Lines.Remove(line);
            }
        }
        foreach (var entries in edited.Balance.Where(b => b.Year == 2024).ToList())
        {
            edited.Balance.Remove(entries);
        }
        foreach (var stated in edited.StatedFigures.Where(s => s.Year == 2024).ToList())
        {
            edited.StatedFigures.Remove(stated);
        }
        return edited;
    }
}
