using Finsam.Contracts.Budget.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Grpc.Core;
using Funding = Finsam.Contracts.Funding.V1;
using Grants = Finsam.Contracts.Grants.V1;

namespace Finsam.Budget.Tests.Functional;

// A federation unlike Sundsvall: one year, its efforts and reserved money in one group, a
// subtotal over its effort costs, contributions as one row, costs printed negative, its own
// running costs last.
public sealed class BudgetShapeTests(BudgetHost host) : IClassFixture<BudgetHost>
{
    private const long Kronor = 100;

    private async Task<string> OneYearFederationAsync()
    {
        var id = host.NewFederation();
        host.Funding.SetContributions(id, 2026, ("Försäkringskassan", 2_000_000 * Kronor), ("Region Norr", 1_000_000 * Kronor), ("Norrviks kommun", 1_000_000 * Kronor));
        host.Funding.SetOtherIncome(id, 2026,
            new Funding.OtherIncome { Year = 2026, Kind = Funding.OtherIncomeKind.Interest, AmountOre = 15_000 * Kronor, Note = "Ränteintäkter" },
            new Funding.OtherIncome { Year = 2026, Kind = Funding.OtherIncomeKind.ProjectGrant, AmountOre = 50_000 * Kronor, Note = "Projektbidrag" });
        var costs = new Grants.EffortCosts
        {
            Lines =
            {
                new Grants.EffortCostLine { Effort = $"federations/{id}/efforts/steg", EffortDisplayName = "Steg framåt", CostGroup = "individ", Year = 2026, Description = "Steg framåt", AmountOre = 1_800_000 * Kronor },
                new Grants.EffortCostLine { Effort = $"federations/{id}/efforts/forum", EffortDisplayName = "Samverkansforum", CostGroup = "struktur", Year = 2026, Description = "Samverkansforum", AmountOre = 400_000 * Kronor },
            },
            Years = { new Grants.YearCosts { Year = 2026, GrantedOre = 2_200_000 * Kronor, IndividualOre = 1_800_000 * Kronor, ReservedOre = 600_000 * Kronor, ReservedLabel = "Ej fördelade medel" } },
        };
        host.Grants.SetCosts(id, costs);
        await host.Budget(Caller.EditorOf(id)).CreateBudgetAsync(new CreateBudgetRequest
        {
            Parent = $"federations/{id}",
            Budget = new Contracts.Budget.V1.Budget
            {
                FirstYear = 2026,
                PlanYears = 1,
                IncomeRows = IncomeRows.ContributionsTotal,
                ContributionsLabel = "Medlemsbidrag",
                CostsAsNegative = true,
                CostGroups =
                {
                    new CostGroupInput { Key = "insatser", Label = "Insatser", Source = CostGroupSource.DecidedAndReserved },
                    new CostGroupInput { Key = "utveckling", Label = "Utvecklingsarbete", Kind = CostGroupKind.Other, Lines = { new BudgetLine { Label = "Utbildningsdagar", Year = 2026, AmountOre = 150_000 * Kronor } } },
                    new CostGroupInput
                    {
                        Key = "verksamhet", Label = "Förbundets verksamhetskostnader", Kind = CostGroupKind.Administration,
                        Lines =
                        {
                            new BudgetLine { Label = "Förbundschef", Year = 2026, AmountOre = 950_000 * Kronor },
                            new BudgetLine { Label = "Bankavgifter", Year = 2026, AmountOre = 5_000 * Kronor, Kind = LineKind.FinancialCost },
                        },
                    },
                },
                Subtotals = { new Subtotal { Key = "insatskostnader", Label = "Summa insatskostnader", Groups = { "insatser", "utveckling" } } },
                OpeningEquityOre = 700_000 * Kronor,
            },
        });
        return id;
    }

    [Fact]
    public async Task A_one_year_budget_in_the_federations_own_shape_is_computed_as_it_writes_it()
    {
        var id = await OneYearFederationAsync();

        var report = await host.Budget(Caller.ReaderOf(id)).ComputeBudgetAsync(new ComputeBudgetRequest { Name = $"federations/{id}/budgets/2026" });

        var year = Assert.Single(report.Years);
        Assert.True(report.CostsAsNegative);
        Assert.Equal([("Medlemsbidrag", 4_000_000 * Kronor), ("Ränteintäkter", 15_000 * Kronor), ("Projektbidrag", 50_000 * Kronor)], year.Income.Select(r => (r.Label, r.AmountOre)));
        Assert.Equal([true, false, false], year.Income.Select(r => r.Contribution));
        Assert.Equal((4_000_000 * Kronor, 65_000 * Kronor), (year.ContributionsOre, year.OtherIncomeOre));
        // Behind the one row, what each member pays, for a document's contributions table.
        Assert.Equal(
            [("Försäkringskassan", 2_000_000 * Kronor), ("Region Norr", 1_000_000 * Kronor), ("Norrviks kommun", 1_000_000 * Kronor)],
            year.MemberContributions.Select(m => (m.DisplayName, m.AmountOre)));
        Assert.Equal(
            [("insatser", CostGroupSource.DecidedAndReserved, 2_800_000 * Kronor), ("utveckling", CostGroupSource.Entered, 150_000 * Kronor), ("verksamhet", CostGroupSource.Entered, 955_000 * Kronor)],
            year.CostGroups.Select(g => (g.Key, g.Source, g.AmountOre)));
        Assert.Equal(["Steg framåt", "Samverkansforum", "Ej fördelade medel"], year.CostGroups[0].Lines.Select(l => l.Label));
        var subtotal = Assert.Single(year.Subtotals);
        Assert.Equal(("insatskostnader", 2_950_000 * Kronor, "utveckling"), (subtotal.Key, subtotal.AmountOre, subtotal.After));
        // 4 065 000 − 3 905 000.
        Assert.Equal((3_905_000 * Kronor, 160_000 * Kronor, 860_000 * Kronor), (year.CostsOre, year.ResultOre, year.EquityOre));
        // Interest is a financial income; the bank's fees a financial cost.
        Assert.Equal((4_050_000 * Kronor, 3_900_000 * Kronor, 15_000 * Kronor, 5_000 * Kronor), (year.OperatingIncomeOre, year.OperatingCostsOre, year.FinancialIncomeOre, year.FinancialCostsOre));
        Assert.Equal((700_000 * Kronor, 4_000_000 * Kronor, 65_000 * Kronor, 860_000 * Kronor),
            (year.Room.OpeningSurplusOre, year.Room.ContributionsOre, year.Room.OtherIncomeOre, year.Room.ClosingSurplusOre));
        Assert.Equal(["insatser", "utveckling", "verksamhet"], year.Room.CostGroups.Select(g => g.Key));
    }

    [Fact]
    public async Task Decided_efforts_no_group_takes_stop_the_budget_rather_than_leave_them_out()
    {
        var id = await OneYearFederationAsync();
        var name = $"federations/{id}/budgets/2026";
        var budget = await host.Budget().GetBudgetAsync(new GetBudgetRequest { Name = name });
        budget.CostGroups.RemoveAt(0);
        budget.Subtotals[0].Groups.Remove("insatser");
        await host.Budget().UpdateBudgetAsync(new UpdateBudgetRequest { Budget = budget });

        var failure = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => host.Budget().ComputeBudgetAsync(new ComputeBudgetRequest { Name = name }).ResponseAsync);
        Assert.Contains("'individ' in 2026", failure.Status.Detail);
        Assert.Contains("reserved for new efforts in 2026", failure.Status.Detail);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => host.Budget().AdoptBudgetAsync(new AdoptBudgetRequest { Name = name, AdoptedOn = "2025-11-26", ReferenceNumber = "Dnr 1" }).ResponseAsync);
        Assert.Equal(BudgetStatus.Draft, (await host.Budget().GetBudgetAsync(new GetBudgetRequest { Name = name })).Status);
    }

    [Fact]
    public async Task A_shape_that_cannot_hold_is_refused_naming_each_field()
    {
        var id = host.NewFederation();

        var violations = await RpcAssert.IsInvalidWithReasons(() => host.Budget().CreateBudgetAsync(new CreateBudgetRequest
        {
            Parent = $"federations/{id}",
            Budget = new Contracts.Budget.V1.Budget
            {
                FirstYear = 2026,
                PlanYears = 4,
                IncomeRows = IncomeRows.ContributionsTotal,
                CostGroups =
                {
                    new CostGroupInput { Key = "a", Label = "A", Source = CostGroupSource.DecidedEfforts },
                    new CostGroupInput { Key = "b", Label = "B", Source = CostGroupSource.DecidedAndReserved, Lines = { new BudgetLine { Label = "X", Year = 2026, AmountOre = 1 } } },
                    new CostGroupInput { Key = "c", Label = "C", Source = CostGroupSource.Reserved, EffortCostGroups = { "individ" } },
                },
                Subtotals = { new Subtotal { Key = "a", Label = "S", Groups = { "finns-inte" }, After = "z" } },
            },
        }).ResponseAsync);

        Assert.Equal(
            [
                ("budget.plan_years", "OUT_OF_RANGE"),
                ("budget.cost_groups[1].lines", "INVALID_VALUE"),
                ("budget.cost_groups[2].effort_cost_groups", "INVALID_VALUE"),
                ("budget.cost_groups[1].effort_cost_groups", "INVALID_VALUE"),
                ("budget.cost_groups[2].source", "INVALID_VALUE"),
                ("budget.subtotals[0].key", "INVALID_FORMAT"),
                ("budget.subtotals[0].groups[0]", "INVALID_VALUE"),
                ("budget.subtotals[0].after", "INVALID_VALUE"),
                ("budget.contributions_label", "REQUIRED"),
            ],
            violations);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => host.Budget().GetBudgetAsync(new GetBudgetRequest { Name = $"federations/{id}/budgets/2026" }).ResponseAsync);
    }

    [Fact]
    public async Task A_line_in_a_year_after_a_one_year_budget_is_refused()
    {
        var id = host.NewFederation();

        var violations = await RpcAssert.IsInvalid(() => host.Budget().CreateBudgetAsync(new CreateBudgetRequest
        {
            Parent = $"federations/{id}",
            Budget = new Contracts.Budget.V1.Budget
            {
                FirstYear = 2026,
                PlanYears = 1,
                CostGroups = { new CostGroupInput { Key = "kansli", Label = "Kansli", Kind = CostGroupKind.Administration, Lines = { new BudgetLine { Label = "Lön", Year = 2027, AmountOre = 1 } } } },
            },
        }).ResponseAsync);

        Assert.Equal(["budget.cost_groups[0].lines[0].year"], violations);
    }
}
