using System.Diagnostics;
using System.Security.Cryptography;
using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.SystemTests.Grants;
using Finsam.SystemTests.Infrastructure;
using Grpc.Core;
using GrantsCostLine = Finsam.Contracts.Grants.V1.CostLine;

namespace Finsam.SystemTests.Budget;

// Sundsvall's "Verksamhetsplan och budget 2022" reproduced through the gateway: funding
// and grants hold what they own, the budget holds what the federation enters.
[Collection(SystemCollection.Name)]
public sealed class BudgetTests(FinsamSystem system)
{
    private static long Tkr(decimal tkr) => (long)(tkr * 100_000);

    [Fact]
    public async Task Sundsvalls_budget_2022_with_plan_for_2023_2024_to_the_krona()
    {
        var id = await SetUpSundsvallAsync();

        var report = await system.Budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = $"federations/{id}/budgets/2022" });

        var (forecast, years) = (report.Years[0], report.Years.Skip(1).ToList());
        Assert.True(forecast.Forecast);
        Assert.Equal(2021, forecast.Year);
        Assert.Equal([2022, 2023, 2024], years.Select(y => y.Year));

        // Budget 2022 med plan för 2023-2024
        Assert.All(years, y => Assert.Equal(
            [("Försäkringskassan", Tkr(3_689)), ("Region Västernorrland", Tkr(1_844.5m)), ("Sundsvalls kommun", Tkr(1_844.5m))],
            y.Income.Select(i => (i.Label, i.AmountOre))));
        Assert.Equal([Tkr(7_378), Tkr(7_378), Tkr(7_378)], years.Select(y => y.IncomeOre));
        Assert.Equal(
            [
                [("Styrelsen", Tkr(105)), ("Administration", Tkr(962)), ("Beslutade aktiviteter", Tkr(6_967)), ("Nya aktiviteter/insatser", 0L)],
                [("Styrelsen", Tkr(110)), ("Administration", Tkr(1_050)), ("Beslutade aktiviteter", Tkr(660)), ("Nya aktiviteter/insatser", Tkr(5_558))],
                [("Styrelsen", Tkr(115)), ("Administration", Tkr(1_075)), ("Beslutade aktiviteter", 0L), ("Nya aktiviteter/insatser", Tkr(6_188))],
            ],
            years.Select(y => y.CostGroups.Select(g => (g.Label, g.AmountOre)).ToArray()));
        Assert.Equal([Tkr(8_034), Tkr(7_378), Tkr(7_378)], years.Select(y => y.CostsOre));
        Assert.Equal([Tkr(-656), 0L, 0L], years.Select(y => y.ResultOre));

        // Detaljerad budget 2022: every line of board, administration and efforts.
        var groups2022 = years[0].CostGroups;
        Assert.Equal([("Styrelsearvoden", Tkr(100)), ("Representation", Tkr(5))], groups2022[0].Lines.Select(l => (l.Label, l.AmountOre)));
        Assert.Equal(Tkr(962), groups2022[1].Lines.Sum(l => l.Label == "Ränteintäkter" ? -l.AmountOre : l.AmountOre));
        Assert.Equal(14, groups2022[1].Lines.Count);
        Assert.Equal(SundsvallEfforts.Of2022.Select(e => (e.Line, e.Kronor * 100)).Order(), groups2022[2].Lines.Select(l => (l.Label, l.AmountOre)).Order());

        // Resultatbudget, with the forecast for 2021.
        var columns = report.Years.ToList();
        Assert.Equal([Tkr(7_378), Tkr(7_378), Tkr(7_378), Tkr(7_378)], columns.Select(y => y.OperatingIncomeOre));
        Assert.Equal([Tkr(7_617), Tkr(8_033), Tkr(7_377), Tkr(7_377)], columns.Select(y => y.OperatingCostsOre));
        Assert.Equal([0L, 0L, 0L, 0L], columns.Select(y => y.DepreciationOre));
        Assert.Equal([Tkr(-239), Tkr(-655), Tkr(1), Tkr(1)], columns.Select(y => y.NetOperatingCostOre));
        Assert.Equal([0L, 0L, 0L, 0L], columns.Select(y => y.FinancialIncomeOre));
        Assert.Equal([Tkr(1), Tkr(1), Tkr(1), Tkr(1)], columns.Select(y => y.FinancialCostsOre));
        Assert.Equal([Tkr(-240), Tkr(-656), 0L, 0L], columns.Select(y => y.ResultOre));

        // Balansbudget
        Assert.Equal([0L, 0L, 0L, 0L], columns.Select(y => y.FixedAssetsOre));
        Assert.Equal([Tkr(1_533), Tkr(877), Tkr(877), Tkr(877)], columns.Select(y => y.CurrentAssetsOre));
        Assert.Equal([Tkr(1_533), Tkr(877), Tkr(877), Tkr(877)], columns.Select(y => y.TotalAssetsOre));
        Assert.Equal([Tkr(1_473), Tkr(1_233), Tkr(577), Tkr(577)], columns.Select(y => y.OpeningEquityOre));
        Assert.Equal([Tkr(1_233), Tkr(577), Tkr(577), Tkr(577)], columns.Select(y => y.EquityOre));
        Assert.Equal([Tkr(300), Tkr(300), Tkr(300), Tkr(300)], columns.Select(y => y.ShortTermLiabilitiesOre));
        Assert.Equal([Tkr(1_533), Tkr(877), Tkr(877), Tkr(877)], columns.Select(y => y.EquityProvisionsAndLiabilitiesOre));
        Assert.Equal(Tkr(577), years[0].RoomClosingSurplusOre);

        // The goals, and the document's own error.
        Assert.Equal(
            [
                ("max_equity_share", GoalStatus.Met, Tkr(577), Tkr(1_475.6m)),
                ("min_equity", GoalStatus.Met, Tkr(577), Tkr(400)),
                ("min_individual_share", GoalStatus.Met, Tkr(6_017), Tkr(5_164.6m)),
                ("national_recommendation", GoalStatus.NotEvaluated, Tkr(577), 0L),
            ],
            report.Goals.Select(g => (g.Goal, g.Status, g.ActualOre, g.LimitOre)));
        Assert.Equal(8_155, report.Goals[2].ActualBasisPoints);
        Assert.Equal([("balance.equity", 2024, Tkr(613), Tkr(577))], report.Findings.Select(f => (f.Row, f.Year, f.StatedOre, f.ComputedOre)));
    }

    [Fact]
    public async Task One_computed_budget_asks_funding_once_and_grants_once_side_by_side()
    {
        var id = await SetUpSundsvallAsync();
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

    [Fact]
    public async Task A_budget_is_proposed_adopted_and_locked_and_a_revision_is_a_new_version_beside_the_adopted_one()
    {
        var id = await SetUpSundsvallAsync();
        var name = $"federations/{id}/budgets/2022";
        var budget = system.Budget;

        await budget.ProposeBudgetAsync(new ProposeBudgetRequest { Name = name });
        var adopted = await budget.AdoptBudgetAsync(new AdoptBudgetRequest { Name = name, AdoptedOn = "2021-11-26", ReferenceNumber = "Dnr 2021/50" });
        Assert.Equal((BudgetStatus.Adopted, "2021-11-26", "Dnr 2021/50", 1), (adopted.Status, adopted.AdoptedOn, adopted.ReferenceNumber, adopted.Version));

        var change = adopted.Clone();
        change.OpeningEquityOre = 0;
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => budget.UpdateBudgetAsync(new UpdateBudgetRequest { Budget = change, UpdateMask = new() { Paths = { "opening_equity_ore" } } }).ResponseAsync);

        var revised = await budget.ReviseBudgetAsync(new ReviseBudgetRequest { Name = name });
        Assert.Equal((BudgetStatus.Draft, 2, ""), (revised.Status, revised.Version, revised.AdoptedOn));
        revised.OpeningEquityOre = Tkr(1_300);
        await budget.UpdateBudgetAsync(new UpdateBudgetRequest { Budget = revised, UpdateMask = new() { Paths = { "opening_equity_ore" } } });

        var versions = await budget.ListBudgetVersionsAsync(new ListBudgetVersionsRequest { Parent = name });
        var kept = Assert.Single(versions.Versions);
        Assert.Equal((1, Tkr(1_233), "Dnr 2021/50"), (kept.Version, kept.OpeningEquityOre, kept.ReferenceNumber));
        var report = await budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = name });
        Assert.Equal((2, BudgetStatus.Draft), (report.Version, report.Status));
        Assert.Equal(Tkr(644), report.Years[1].EquityOre);
    }

    [Fact]
    public async Task Bad_input_is_named_and_a_missing_allocation_gives_no_budget()
    {
        var id = Federations.NewId("b");
        await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = id, Federation = Federations.Sundsvall() });

        var fields = await RpcAssert.IsInvalid(() => system.Budget.CreateBudgetAsync(new CreateBudgetRequest
        {
            Parent = $"federations/{id}",
            Budget = new Finsam.Contracts.Budget.V1.Budget
            {
                FirstYear = 2022,
                CostGroups = { new CostGroupInput { Key = "board", Label = "Styrelsen", Kind = CostGroupKind.Board, Lines = { new BudgetLine { Label = "Arvoden", Year = 2030, AmountOre = -1 } } } },
                StatedFigures = { new StatedFigure { Row = "nonsense", Year = 2022 } },
            },
        }).ResponseAsync);
        Assert.Equal(["budget.cost_groups[0].lines[0].year", "budget.cost_groups[0].lines[0].amount_ore", "budget.stated_figures[0].row"], fields);

        await system.Budget.CreateBudgetAsync(new CreateBudgetRequest { Parent = $"federations/{id}", Budget = new Finsam.Contracts.Budget.V1.Budget { FirstYear = 2022 } });
        var failure = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => system.Budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = $"federations/{id}/budgets/2022" }).ResponseAsync);
        Assert.Contains("2022", failure.Status.Detail);
    }

    [Theory]
    [InlineData("grants")]
    [InlineData("funding")]
    public async Task When_a_dependency_is_down_the_budget_answers_unavailable_naming_it_fast(string dependency)
    {
        var id = await SetUpSundsvallAsync();
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

    [Fact]
    public async Task Another_federations_token_is_refused_for_every_budget_rpc()
    {
        var id = await SetUpSundsvallAsync();
        var other = Federations.NewId("o");
        await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = other, Federation = Federations.Sundsvall() });
        var budget = system.BudgetAs(await system.TokenWithRolesAsync((Contracts.Identity.V1.Role.Editor, other)));
        var name = $"federations/{id}/budgets/2022";

        var calls = new Dictionary<string, Func<Task>>
        {
            ["CreateBudget"] = () => budget.CreateBudgetAsync(new CreateBudgetRequest { Parent = $"federations/{id}", Budget = new Finsam.Contracts.Budget.V1.Budget { FirstYear = 2023 } }).ResponseAsync,
            ["GetBudget"] = () => budget.GetBudgetAsync(new GetBudgetRequest { Name = name }).ResponseAsync,
            ["UpdateBudget"] = () => budget.UpdateBudgetAsync(new UpdateBudgetRequest { Budget = new Finsam.Contracts.Budget.V1.Budget { Name = name, FirstYear = 2022 } }).ResponseAsync,
            ["ProposeBudget"] = () => budget.ProposeBudgetAsync(new ProposeBudgetRequest { Name = name }).ResponseAsync,
            ["AdoptBudget"] = () => budget.AdoptBudgetAsync(new AdoptBudgetRequest { Name = name, AdoptedOn = "2021-11-26", ReferenceNumber = "x" }).ResponseAsync,
            ["ReviseBudget"] = () => budget.ReviseBudgetAsync(new ReviseBudgetRequest { Name = name }).ResponseAsync,
            ["ListBudgetVersions"] = () => budget.ListBudgetVersionsAsync(new ListBudgetVersionsRequest { Parent = name }).ResponseAsync,
            ["ComputeBudget"] = () => budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = name }).ResponseAsync,
            ["CompareScenario"] = () => budget.CompareScenarioAsync(new CompareScenarioRequest { Name = name, Changes = { new ScenarioChange { Target = ScenarioTarget.Income, Key = "Försäkringskassan", Year = 2023, DeltaOre = 1 } } }).ResponseAsync,
            ["RollUp"] = () => budget.RollUpAsync(new RollUpRequest { Year = 2022 }).ResponseAsync,
            ["SetFinancialGoals"] = () => budget.SetFinancialGoalsAsync(new SetFinancialGoalsRequest { FinancialGoals = new FinancialGoals { Name = $"federations/{id}/financialGoals" } }).ResponseAsync,
            ["GetFinancialGoals"] = () => budget.GetFinancialGoalsAsync(new GetFinancialGoalsRequest { Name = $"federations/{id}/financialGoals" }).ResponseAsync,
            ["ListAuditRecords"] = () => budget.ListAuditRecordsAsync(new Contracts.Common.V1.ListAuditRecordsRequest { Parent = $"federations/{id}" }).ResponseAsync,
        };
        Assert.Equal(BudgetService.Descriptor.Methods.Select(m => m.Name).Order(), calls.Keys.Order());
        foreach (var (method, call) in calls)
        {
            var failure = await Assert.ThrowsAsync<RpcException>(call);
            Assert.True(failure.StatusCode == StatusCode.PermissionDenied, $"{method}: {failure.StatusCode} {failure.Status.Detail}");
        }
    }

    [Fact]
    public async Task Every_budget_change_is_in_the_federations_budget_audit_trail_for_its_auditors()
    {
        var id = await SetUpSundsvallAsync();
        var name = $"federations/{id}/budgets/2022";
        await system.Budget.ProposeBudgetAsync(new ProposeBudgetRequest { Name = name });

        var auditor = system.BudgetAs(await system.TokenWithRolesAsync((Contracts.Identity.V1.Role.Auditor, id)));
        var trail = await auditor.ListAuditRecordsAsync(new Contracts.Common.V1.ListAuditRecordsRequest { Parent = $"federations/{id}" });
        Assert.Equal(["SetFinancialGoals", "CreateBudget", "ProposeBudget"], trail.Records.Select(r => r.Action));
        var proposed = trail.Records[^1];
        Assert.Equal(name, proposed.Resource);
        Assert.Contains("BUDGET_STATUS_DRAFT", proposed.BeforeJson);
        Assert.Contains("BUDGET_STATUS_PROPOSED", proposed.AfterJson);
        Assert.NotEqual("anonymous", proposed.Actor);

        var reader = system.BudgetAs(await system.TokenWithRolesAsync((Contracts.Identity.V1.Role.Reader, id)));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => reader.ListAuditRecordsAsync(new Contracts.Common.V1.ListAuditRecordsRequest { Parent = $"federations/{id}" }).ResponseAsync);
    }

    [Fact]
    public async Task A_scenario_is_computed_beside_the_budget_and_changes_nothing()
    {
        var id = await SetUpSundsvallAsync();
        var name = $"federations/{id}/budgets/2022";
        var before = await system.Budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = name });

        var comparison = await system.Budget.CompareScenarioAsync(new CompareScenarioRequest
        {
            Name = name,
            DisplayName = "Lägre tilldelning 2023",
            Changes =
            {
                new ScenarioChange { Target = ScenarioTarget.Income, Key = "Försäkringskassan", Year = 2023, DeltaOre = -Tkr(200) },
                new ScenarioChange { Target = ScenarioTarget.CostGroup, Key = "new-efforts", Year = 2023, DeltaOre = -Tkr(150) },
            },
        });

        Assert.Equal([(2022, 0L, 0L), (2023, -Tkr(200), -Tkr(50)), (2024, 0L, -Tkr(50))], comparison.Differences.Select(d => (d.Year, d.IncomeOre, d.EquityOre)));
        Assert.Equal(before, comparison.Base);
        Assert.Equal(Tkr(527), comparison.Variant.Years[2].EquityOre);
        Assert.Equal(before, await system.Budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = name }));
        var fields = await RpcAssert.IsInvalid(() => system.Budget.CompareScenarioAsync(new CompareScenarioRequest
        {
            Name = name,
            Changes = { new ScenarioChange { Target = ScenarioTarget.CostGroup, Key = "finns-inte", Year = 2023, DeltaOre = 1 } },
        }).ResponseAsync);
        Assert.Equal(["changes[0].key"], fields);
    }

    [Fact]
    public async Task The_regional_roll_up_sets_the_federations_side_by_side_for_regional_administrators_only()
    {
        var sundsvall = await SetUpSundsvallAsync();

        var rollUp = await system.Budget.RollUpAsync(new RollUpRequest { Year = 2022, SortBy = RollUpSort.EquityShare });

        var row = Assert.Single(rollUp.Federations, f => f.Budget == $"federations/{sundsvall}/budgets/2022");
        Assert.Equal((Tkr(7_378), Tkr(8_034), Tkr(-656), Tkr(577), 782, 8_155, 0), (row.ContributionsOre, row.CostsOre, row.ResultOre, row.EquityOre, row.EquityShareBasisPoints, row.IndividualShareBasisPoints, row.GoalsNotMet));
        Assert.Equal("", row.Problem);
        Assert.Equal(rollUp.Federations.Sum(f => f.ContributionsOre), rollUp.ContributionsOre);
        // A federation whose budget lacks an allocation is named, not guessed.
        Assert.All(rollUp.Federations.Where(f => f.Problem.Length > 0), f => Assert.Equal(0, f.ContributionsOre));
        Assert.Equal(rollUp.Federations.Select(f => f.EquityShareBasisPoints).OrderDescending(), rollUp.Federations.Select(f => f.EquityShareBasisPoints));

        var editor = system.BudgetAs(await system.TokenWithRolesAsync((Contracts.Identity.V1.Role.Editor, sundsvall)));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => editor.RollUpAsync(new RollUpRequest { Year = 2022 }).ResponseAsync);
    }

    // Funding's allocations, grants' efforts and reservations, and the entered budget.
    private Task<string> SetUpSundsvallAsync() => SetUpSundsvallAsync(system);

    internal static async Task<string> SetUpSundsvallAsync(FinsamSystem system)
    {
        var id = Federations.NewId("sundsvall");
        var parent = $"federations/{id}";
        await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = id, Federation = Federations.Sundsvall() });
        foreach (var year in new[] { 2022, 2023, 2024 })
        {
            await system.Funding.CreateAllocationAsync(new CreateAllocationRequest
            {
                Parent = parent,
                Allocation = new Allocation { Year = year, StateAmountOre = Federations.Sundsvall2022StateOre, Status = AllocationStatus.Decided },
            });
        }

        foreach (var effort in SundsvallEfforts.Of2022)
        {
            var lines = new List<GrantsCostLine> { new() { Year = 2022, Description = effort.Line, AmountOre = effort.Kronor * 100 } };
            if (effort.Id == "utvecklingsledare")
            {
                lines.Add(new GrantsCostLine { Year = 2023, Description = effort.Line, AmountOre = Tkr(660) });
            }
            await GrantedEfforts.CreateAsync(system.Grants, id, effort.Id, new Effort
            {
                DisplayName = effort.Name,
                Kind = effort.Kind,
                CostGroup = effort.Group,
                CostLines = { lines },
            }, running: true);
        }
        await system.Grants.SetReservationAsync(new SetReservationRequest { Reservation = new Reservation { Name = $"{parent}/reservations/2023", AmountOre = Tkr(5_558), Label = "Nya aktiviteter/insatser" } });
        await system.Grants.SetReservationAsync(new SetReservationRequest { Reservation = new Reservation { Name = $"{parent}/reservations/2024", AmountOre = Tkr(6_188), Label = "Nya aktiviteter/insatser" } });

        await system.Budget.SetFinancialGoalsAsync(new SetFinancialGoalsRequest
        {
            FinancialGoals = new FinancialGoals
            {
                Name = $"{parent}/financialGoals",
                MaxEquityShareBasisPoints = 2_000,
                MinEquityOre = Tkr(400),
                MinIndividualShareBasisPoints = 7_000,
                NationalRecommendation = true,
            },
        });

        BudgetLine Line(string label, decimal tkr, int year = 2022, LineKind kind = LineKind.Operating) => new() { Label = label, Year = year, AmountOre = Tkr(tkr), Kind = kind };
        var liabilities = new[] { 2022, 2023, 2024 }.Select(year => new BalanceEntries { Year = year, ShortTermLiabilitiesOre = Tkr(300) });
        await system.Budget.CreateBudgetAsync(new CreateBudgetRequest
        {
            Parent = parent,
            Budget = new Finsam.Contracts.Budget.V1.Budget
            {
                FirstYear = 2022,
                CostGroups =
                {
                    new CostGroupInput
                    {
                        Key = "board", Label = "Styrelsen", Kind = CostGroupKind.Board,
                        Lines = { Line("Styrelsearvoden", 100), Line("Representation", 5) },
                        Totals = { new YearAmount { Year = 2023, AmountOre = Tkr(110) }, new YearAmount { Year = 2024, AmountOre = Tkr(115) } },
                    },
                    new CostGroupInput
                    {
                        Key = "administration", Label = "Administration", Kind = CostGroupKind.Administration,
                        Lines =
                        {
                            Line("Lokalkostnader", 0), Line("Förbrukningsmaterial", 1), Line("Kontorsmaterial", 3), Line("Fast telefoni", 0),
                            Line("Mobiltelefon", 3), Line("Porto", 2), Line("Redovisningstjänster", 70), Line("IT-tjänster, datadrift", 18),
                            Line("Konsulter", 768), Line("Övr. främmande tjänster", 16), Line("Utbildning/Konferens", 80), Line("Övriga personalkostnader", 0),
                            Line("Ränteintäkter", 0, kind: LineKind.FinancialIncome), Line("Övriga finansiella kostnader", 1, kind: LineKind.FinancialCost),
                            Line("Övriga finansiella kostnader", 1, 2023, LineKind.FinancialCost), Line("Övriga finansiella kostnader", 1, 2024, LineKind.FinancialCost),
                        },
                        Totals = { new YearAmount { Year = 2023, AmountOre = Tkr(1_050) }, new YearAmount { Year = 2024, AmountOre = Tkr(1_075) } },
                    },
                },
                OpeningEquityOre = Tkr(1_233),
                Balance = { liabilities },
                Forecast = new Forecast
                {
                    OperatingIncomeOre = Tkr(7_378),
                    OperatingCostsOre = Tkr(7_617),
                    FinancialCostsOre = Tkr(1),
                    OpeningEquityOre = Tkr(1_473),
                    Balance = new BalanceEntries { Year = 2021, ShortTermLiabilitiesOre = Tkr(300) },
                },
                StatedFigures =
                {
                    new StatedFigure { Row = "balance.equity", Year = 2021, StatedOre = Tkr(1_233) },
                    new StatedFigure { Row = "balance.equity", Year = 2022, StatedOre = Tkr(577) },
                    new StatedFigure { Row = "balance.equity", Year = 2023, StatedOre = Tkr(577) },
                    new StatedFigure { Row = "balance.equity", Year = 2024, StatedOre = Tkr(613) },
                    new StatedFigure { Row = "balance.openingEquity", Year = 2024, StatedOre = Tkr(577) },
                    new StatedFigure { Row = "balance.totalAssets", Year = 2024, StatedOre = Tkr(877) },
                    new StatedFigure { Row = "result", Year = 2022, StatedOre = Tkr(-656) },
                },
            },
        });
        return id;
    }
}
