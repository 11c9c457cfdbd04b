using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Common.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Google.Rpc;
using Grpc.Core;
using static Finsam.Budget.Tests.Functional.Sundsvall;

namespace Finsam.Budget.Tests.Functional;

// Sundsvall's adopted 2022 budget followed up against a quarter of made-up books: the mapping
// places the accounts, the follow-up shows budget against actual per row, member, group, line
// and effort, forecasts are kept as reported, and closing the year rolls its result into 2023.
public sealed class FollowUpTests(BudgetHost host) : IClassFixture<BudgetHost>
{
    // January to March 2022: a member's payment, board fees, accounting, an effort on its project
    // object, and office supplies on an account no rule takes.
    private static readonly Google.Protobuf.ByteString FirstQuarter = SieFiles.InCodePage437(
        "#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20220101 20221231",
        "#KONTO 3010 \"Medlemsbidrag\"", "#KONTO 5460 \"Förbrukningsmaterial\"",
        "#VER A 1 20220120", "{", "#TRANS 3010 {} -1844500.00", "#TRANS 1930 {} 1844500.00", "}",
        "#VER A 2 20220228", "{", "#TRANS 7010 {} 8000.00", "#TRANS 1930 {} -8000.00", "}",
        "#VER A 3 20220331", "{", "#TRANS 6530 {} 6000.00", "#TRANS 1930 {} -6000.00", "}",
        "#VER A 4 20220315", "{", "#TRANS 4010 {6 \"sip\"} 50000.00", "#TRANS 1930 {} -50000.00", "}",
        "#VER A 5 20220320", "{", "#TRANS 5460 {} 1234.56", "#TRANS 1930 {} -1234.56", "}");

    [Fact]
    public async Task The_adopted_budget_against_the_books_per_row_line_and_effort_with_what_maps_nowhere_listed()
    {
        var (id, budget) = await AdoptedWithBooksAsync();

        var followUp = await host.Budget(Caller.ReaderOf(id)).GetFollowUpAsync(new GetFollowUpRequest { Name = $"federations/{id}/followUps/2022" });

        Assert.Equal(($"federations/{id}/budgets/2022", 1, "2022-03", 12), (followUp.Budget, followUp.BudgetVersion, followUp.ThroughMonth, followUp.Months.Count));
        var contributions = followUp.Income.Single(row => row.Key == "contributions");
        // A quarter of 7 378 tkr is budgeted to date; a quarter was paid.
        Assert.Equal((Tkr(7_378), Tkr(1_844.5m), Tkr(1_844.5m), 0L), (contributions.BudgetYearOre, contributions.BudgetToDateOre, contributions.ActualToDateOre, contributions.DeviationOre));
        Assert.Equal(3, contributions.Rows.Count);

        var board = followUp.CostGroups.Single(row => row.Key == "board");
        var fees = board.Rows.Single(row => row.Label == "Styrelsearvoden");
        Assert.Equal(("board/Styrelsearvoden", Tkr(100), Tkr(25), 0L, Tkr(8), Tkr(-17), -680), (fees.Key, fees.BudgetYearOre, fees.BudgetToDateOre, fees.ActualMonthOre, fees.ActualToDateOre, fees.DeviationOre, fees.DeviationPermille));
        Assert.Equal(Tkr(8), board.ActualToDateOre);
        Assert.Equal(Tkr(6), followUp.CostGroups.Single(row => row.Key == "administration").ActualToDateOre);
        Assert.Equal(Tkr(50), followUp.CostGroups.Single(row => row.Key == "decided-efforts").ActualMonthOre);

        var sip = followUp.Efforts.Single(row => row.Key == $"federations/{id}/efforts/sip-samordnare");
        Assert.Equal(("Sip-samordnare", Tkr(645), Tkr(50)), (sip.Label, sip.BudgetYearOre, sip.ActualToDateOre));

        Assert.Equal([("5460", "Förbrukningsmaterial", "2022-03", 1234_56L)], followUp.Unmapped.Select(u => (u.Account, u.AccountName, u.Month, u.AmountOre)));
        Assert.Equal(1234_56, followUp.UnmappedOre);
        Assert.Equal(Tkr(1_844.5m) - Tkr(8) - Tkr(6) - Tkr(50), followUp.Result.ActualToDateOre);

        var january = await budget.GetFollowUpAsync(new GetFollowUpRequest { Name = followUp.Name, ThroughMonth = "2022-01" });
        Assert.Equal((Tkr(1_844.5m), 0L), (january.Income[0].ActualMonthOre, january.CostGroups.Single(row => row.Key == "board").ActualToDateOre));
    }

    [Fact]
    public async Task A_mapping_naming_a_row_the_budget_lacks_keeps_its_amounts_as_an_unknown_row()
    {
        var (id, budget) = await AdoptedWithBooksAsync();
        var mapping = Mapping(id);
        mapping.Accounts.Add(new AccountMappingRule { Prefix = "5", Row = "lokaler" });
        await budget.SetActualsMappingAsync(new SetActualsMappingRequest { ActualsMapping = mapping });

        var followUp = await budget.GetFollowUpAsync(new GetFollowUpRequest { Name = $"federations/{id}/followUps/2022" });

        Assert.Empty(followUp.Unmapped);
        Assert.Equal([("lokaler", 1234_56L)], followUp.UnknownRows.Select(row => (row.Key, row.ActualToDateOre)));
    }

    [Fact]
    public async Task A_mapping_with_problems_is_refused_with_each_and_the_one_before_stays()
    {
        var id = host.NewFederation();
        var budget = host.Budget(Caller.EditorOf(id));
        var stored = await budget.SetActualsMappingAsync(new SetActualsMappingRequest { ActualsMapping = Mapping(id) });

        var bad = Mapping(id);
        bad.Accounts.Add(new AccountMappingRule { Prefix = "70", Row = "board" });
        bad.Accounts.Add(new AccountMappingRule { Prefix = "70", Row = "administration" });
        bad.Accounts.Add(new AccountMappingRule { Prefix = "4x", Row = "board" });
        bad.Objects.Add(new ObjectMappingRule { Dimension = "6", Object = "sip", Effort = $"federations/{id}/efforts/annan" });
        var failure = await RpcAssert.FailsWith(StatusCode.InvalidArgument,
            () => budget.SetActualsMappingAsync(new SetActualsMappingRequest { ActualsMapping = bad }).ResponseAsync);

        Assert.Equal(
            ["actuals_mapping.accounts[5].prefix", "actuals_mapping.accounts[6].prefix", "actuals_mapping.objects[1].object"],
            failure.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).Order(StringComparer.Ordinal));
        Assert.Equal(stored, await budget.GetActualsMappingAsync(new GetActualsMappingRequest { Name = stored.Name }));

        // Another federation's effort is not this federation's to map to.
        var elsewhere = Mapping(id);
        elsewhere.Objects.Add(new ObjectMappingRule { Dimension = "6", Object = "x", Effort = $"federations/{host.NewFederation()}/efforts/x" });
        await RpcAssert.FailsWith(StatusCode.InvalidArgument,
            () => budget.SetActualsMappingAsync(new SetActualsMappingRequest { ActualsMapping = elsewhere }).ResponseAsync);
    }

    [Fact]
    public async Task A_forecast_is_kept_as_reported_and_the_next_one_is_a_new_version()
    {
        var (id, budget) = await AdoptedWithBooksAsync();
        var parent = $"federations/{id}/followUps/2022";

        var first = await budget.SaveForecastAsync(new SaveForecastRequest { Parent = parent, ReportDate = "2022-04-30", ThroughMonth = "2022-03", EnteredOre = { ["board"] = Tkr(120) } });
        var second = await budget.SaveForecastAsync(new SaveForecastRequest { Parent = parent, ReportDate = "2022-08-31", ThroughMonth = "2022-03" });

        Assert.Equal(($"{parent}/forecasts/1", $"{parent}/forecasts/2"), (first.Name, second.Name));
        Assert.Equal(Tkr(120), first.YearOre["board"]);
        // Nothing entered: the quarter's actual plus the three quarters the budget has left.
        Assert.Equal(Tkr(8) + Tkr(105 - 26.25m), second.YearOre["board"]);
        Assert.Equal(first.YearOre["board"] - second.YearOre["board"], second.ResultOre - first.ResultOre);

        var followUp = await budget.GetFollowUpAsync(new GetFollowUpRequest { Name = parent });
        Assert.Equal([first, second], followUp.Forecasts);
        Assert.Equal(second.ResultOre, followUp.ForecastResultOre);

        // The goals on the forecast: the board's higher costs leave 2022's equity lower by as much.
        var lower = await budget.SaveForecastAsync(new SaveForecastRequest { Parent = parent, ReportDate = "2022-08-31", ThroughMonth = "2022-03", EnteredOre = { ["board"] = second.YearOre["board"] + Tkr(500) } });
        var onLower = await budget.GetFollowUpAsync(new GetFollowUpRequest { Name = parent });
        Assert.False(onLower.GoalsOnActuals);
        Assert.Equal(lower.ResultOre, onLower.ForecastResultOre);
        Assert.Equal(
            MinEquity(followUp).ActualOre - Tkr(500),
            MinEquity(onLower).ActualOre);

        await RpcAssert.FailsWith(StatusCode.InvalidArgument,
            () => budget.SaveForecastAsync(new SaveForecastRequest { Parent = parent, ReportDate = "2022-09-30", ThroughMonth = "2022-03", EnteredOre = { ["ingen-sådan"] = 1 } }).ResponseAsync);
        Assert.Equal(3, (await budget.GetFollowUpAsync(new GetFollowUpRequest { Name = parent })).Forecasts.Count);
    }

    [Fact]
    public async Task Closing_the_year_fixes_its_actuals_and_gives_next_year_s_draft_its_opening_equity_until_a_regional_administrator_reopens_it()
    {
        var (id, budget) = await AdoptedWithBooksAsync();
        await budget.CreateBudgetAsync(new CreateBudgetRequest { Parent = $"federations/{id}", Budget = new Contracts.Budget.V1.Budget { FirstYear = 2023, PlanYears = 1, OpeningEquityOre = Tkr(577) } });
        var name = $"federations/{id}/actuals/2022";

        var closed = await budget.CloseYearAsync(new CloseYearRequest { Name = name });

        // Incomes less costs from every result account, the unmapped one included.
        var result = Tkr(1_844.5m) - Tkr(8) - Tkr(6) - Tkr(50) - 1234_56;
        Assert.Equal((result, Tkr(1_233), Tkr(1_233) + result), (closed.Closing.ResultOre, closed.Closing.OpeningEquityOre, closed.Closing.ClosingEquityOre));
        Assert.Equal(($"federations/{id}/budgets/2023", Tkr(1_233) + result, Tkr(577), false),
            (closed.Closing.NextYear.Budget, closed.Closing.NextYear.OpeningEquityOre, closed.Closing.NextYear.EstimatedOpeningEquityOre, closed.Closing.NextYear.KeptEstimate));
        Assert.Equal(Tkr(1_233) + result, (await budget.GetBudgetAsync(new GetBudgetRequest { Name = $"federations/{id}/budgets/2023" })).OpeningEquityOre);
        var closedFollowUp = await budget.GetFollowUpAsync(new GetFollowUpRequest { Name = $"federations/{id}/followUps/2022", ThroughMonth = "2022-02" });
        Assert.True(closedFollowUp.Closed);
        Assert.True(closedFollowUp.GoalsOnActuals);
        Assert.NotEmpty(closedFollowUp.Goals);

        var reimport = new ImportActualsRequest { Parent = $"federations/{id}", Year = 2022, Content = SieFiles.OneVoucher(2022) };
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => budget.ImportActualsAsync(reimport).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => budget.CloseYearAsync(new CloseYearRequest { Name = name }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => budget.ReopenYearAsync(new ReopenYearRequest { Name = name }).ResponseAsync);
        Assert.Equal(closed, await budget.GetYearActualsAsync(new GetYearActualsRequest { Name = name }));

        var reopened = await host.Budget().ReopenYearAsync(new ReopenYearRequest { Name = name });
        Assert.Null(reopened.Closing);
        await budget.ImportActualsAsync(reimport);

        var trail = (await host.Budget().ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = $"federations/{id}" })).Records;
        Assert.Equal(["CloseYear", "CloseYear", "ReopenYear", "ImportActuals"], trail.Where(r => r.Resource == name || r.Resource.EndsWith("/budgets/2023", StringComparison.Ordinal)).Select(r => r.Action).TakeLast(4));
        Assert.Contains(trail, r => r.Action == "ReopenYear" && r.Actor == Caller.RegionalAdministrator.Subject);
    }

    [Fact]
    public async Task A_year_whose_budget_is_not_adopted_has_no_follow_up()
    {
        var id = await host.SundsvallAsync();

        var failure = await RpcAssert.FailsWith(StatusCode.FailedPrecondition,
            () => host.Budget(Caller.ReaderOf(id)).GetFollowUpAsync(new GetFollowUpRequest { Name = $"federations/{id}/followUps/2022" }).ResponseAsync);
        Assert.Equal("NO_ADOPTED_BUDGET", failure.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations[0].Type);
    }

    private static GoalReport MinEquity(BudgetFollowUp followUp) =>
        followUp.Goals.Single(goal => goal.Year == 2022 && goal.Explanation.StartsWith("Eget kapital minst det lägsta", StringComparison.Ordinal));

    private async Task<(string Id, BudgetService.BudgetServiceClient Budget)> AdoptedWithBooksAsync()
    {
        var id = await host.SundsvallAsync();
        var budget = host.Budget(Caller.EditorOf(id));
        await budget.AdoptBudgetAsync(new AdoptBudgetRequest { Name = $"federations/{id}/budgets/2022", AdoptedOn = "2021-11-26", ReferenceNumber = "Dnr 2021/50" });
        await budget.SetActualsMappingAsync(new SetActualsMappingRequest { ActualsMapping = Mapping(id) });
        await budget.ImportActualsAsync(new ImportActualsRequest { Parent = $"federations/{id}", Year = 2022, FileName = "q1.se", Content = FirstQuarter });
        return (id, budget);
    }

    private static ActualsMapping Mapping(string id) => new()
    {
        Name = $"federations/{id}/actualsMapping",
        Accounts =
        {
            new AccountMappingRule { Prefix = "3", Row = "contributions" },
            new AccountMappingRule { Prefix = "4", Row = "decided-efforts" },
            new AccountMappingRule { Prefix = "7010", Row = "board/Styrelsearvoden" },
            new AccountMappingRule { Prefix = "6530", Row = "administration/Redovisningstjänster" },
        },
        Objects = { new ObjectMappingRule { Dimension = "6", Object = "sip", Effort = $"federations/{id}/efforts/sip-samordnare" } },
    };
}
