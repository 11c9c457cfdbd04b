using Finsam.Contracts.Common.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Finsam.Grants.Tests.Functional;

// Money counted as decided is what the board decided: a decision's years and amounts bound it,
// and the cost lines of a decided year change only with a new decision.
public sealed class DecidedMoneyTests(GrantsHost host) : IClassFixture<GrantsHost>
{
    // A psychologist planned for 2022 and 2023, applied for; the board has not decided yet.
    private static Effort Psykolog() => new()
    {
        DisplayName = "Psykolog",
        Kind = EffortKind.Individual,
        CostGroup = "Arbetsmarknadstorget",
        CostLines =
        {
            new CostLine { Year = 2022, Description = "Psykolog", AmountOre = 89_500_000 },
            new CostLine { Year = 2023, Description = "Psykolog", AmountOre = 66_000_000 },
        },
    };

    [Fact]
    public async Task A_cost_line_outside_the_decisions_years_is_not_counted_as_decided_but_reported_as_undecided()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var effort = await AppliedAsync(grants, federation);
        var decision = await grants.DecideAsync(federation, effort.Name, Efforts.Grant(2022, 89_500_000));
        await grants.MoveAsync(effort.Name, EffortStatus.Granted);

        var costs = await CostsAsync(federation);

        Assert.Equal(
            [(2022, 89_500_000L, 89_500_000L, 0L), (2023, 0L, 0L, 66_000_000L), (2024, 0L, 0L, 0L)],
            costs.Years.Select(y => (y.Year, y.GrantedOre, y.IndividualOre, y.UndecidedOre)));
        Assert.Equal([(2022, "Psykolog", 89_500_000L, decision.Name)], costs.Lines.Select(l => (l.Year, l.Description, l.AmountOre, l.Decision)));
        Assert.Equal([(2023, "Psykolog", 66_000_000L, "")], costs.UndecidedLines.Select(l => (l.Year, l.Description, l.AmountOre, l.Decision)));
        Assert.Empty(costs.Years.Single(y => y.Year == 2023).CostGroups);
    }

    [Fact]
    public async Task What_the_board_grants_counts_as_decided_even_where_the_cost_lines_ask_for_more()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var effort = await AppliedAsync(grants, federation);
        var decision = await grants.DecideAsync(federation, effort.Name, Efforts.Grant(2022, 70_000_000), Efforts.Grant(2023, 66_000_000));
        await grants.MoveAsync(effort.Name, EffortStatus.Granted);

        var costs = await CostsAsync(federation);

        Assert.Equal([(2022, 70_000_000L, 0L), (2023, 66_000_000L, 0L)], costs.Years.Take(2).Select(y => (y.Year, y.GrantedOre, y.UndecidedOre)));
        Assert.Equal([("Arbetsmarknadstorget", 70_000_000L)], costs.Years[0].CostGroups.Select(g => (g.CostGroup, g.AmountOre)));
        // 2022's line asked for 895 tkr, so the decided 700 tkr stands under the effort's name; 2023's is as asked.
        Assert.Equal(
            [(2022, "Psykolog", 70_000_000L, decision.Name), (2023, "Psykolog", 66_000_000L, decision.Name)],
            costs.Lines.Select(l => (l.Year, l.Description, l.AmountOre, l.Decision)));
        Assert.Empty(costs.UndecidedLines);
    }

    [Fact]
    public async Task Changing_a_cost_line_of_a_decided_year_is_a_failed_precondition_that_names_the_year_and_changes_nothing()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var effort = await AppliedAsync(grants, federation);
        await grants.DecideAsync(federation, effort.Name, Efforts.Grant(2022, 89_500_000));
        var decided = await grants.MoveAsync(effort.Name, EffortStatus.Granted);
        var raised = decided.Clone();
        raised.CostLines[0].AmountOre = 99_500_000;

        var refused = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => grants.UpdateEffortAsync(new UpdateEffortRequest
        {
            Effort = raised,
            UpdateMask = new FieldMask { Paths = { "cost_lines" } },
        }).ResponseAsync);

        Assert.Contains("2022 (Dnr 2021/45)", refused.Status.Detail);
        Assert.Contains("new decision", refused.Status.Detail);
        Assert.Equal(decided, await grants.GetAsync(effort.Name));
        Assert.DoesNotContain(await TrailAsync(federation), r => r.Action == "UpdateEffort");
        Assert.Equal(89_500_000, (await CostsAsync(federation)).Years[0].GrantedOre);
    }

    [Fact]
    public async Task A_period_that_leaves_out_a_decided_year_is_a_failed_precondition_and_one_that_keeps_it_is_taken()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var effort = await AppliedAsync(grants, federation);
        await grants.DecideAsync(federation, effort.Name, Efforts.Grant(2022, 89_500_000));
        var decided = await grants.MoveAsync(effort.Name, EffortStatus.Granted);
        var later = decided.Clone();
        later.StartOn = "2023-01-01";

        var refused = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => grants.UpdateEffortAsync(new UpdateEffortRequest
        {
            Effort = later,
            UpdateMask = new FieldMask { Paths = { "start_on" } },
        }).ResponseAsync);

        Assert.Contains("2022 (Dnr 2021/45)", refused.Status.Detail);
        Assert.Equal(decided, await grants.GetAsync(effort.Name));
        var longer = decided.Clone();
        longer.EndOn = "2025-12-31";
        Assert.Equal("2025-12-31", (await grants.UpdateEffortAsync(new UpdateEffortRequest { Effort = longer, UpdateMask = new FieldMask { Paths = { "end_on" } } })).EndOn);
    }

    [Fact]
    public async Task The_cost_lines_of_a_year_no_decision_covers_change_as_before()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var effort = await AppliedAsync(grants, federation);
        await grants.DecideAsync(federation, effort.Name, Efforts.Grant(2022, 89_500_000));
        var decided = await grants.MoveAsync(effort.Name, EffortStatus.Granted);
        var replanned = decided.Clone();
        replanned.CostLines[1].AmountOre = 70_000_000;
        replanned.CostLines.Add(new CostLine { Year = 2024, Description = "Psykolog", AmountOre = 72_000_000 });

        var updated = await grants.UpdateEffortAsync(new UpdateEffortRequest { Effort = replanned, UpdateMask = new FieldMask { Paths = { "cost_lines" } } });

        Assert.Equal([89_500_000L, 70_000_000L, 72_000_000L], updated.CostLines.Select(l => l.AmountOre));
        Assert.Equal(
            [(2022, 89_500_000L, 0L), (2023, 0L, 70_000_000L), (2024, 0L, 72_000_000L)],
            (await CostsAsync(federation)).Years.Select(y => (y.Year, y.GrantedOre, y.UndecidedOre)));
    }

    [Fact]
    public async Task A_new_decision_for_a_year_sets_the_decided_amount_anew_and_an_older_one_recorded_later_does_not()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var effort = await AppliedAsync(grants, federation);
        await grants.DecideAsync(federation, effort.Name, Efforts.Grant(2022, 89_500_000));
        await grants.MoveAsync(effort.Name, EffortStatus.Granted);

        var revised = await DecideOnAsync(grants, federation, effort.Name, "2022-03-10", "Dnr 2022/12", Efforts.Grant(2022, 60_000_000), Efforts.Grant(2023, 66_000_000));
        await DecideOnAsync(grants, federation, effort.Name, "2021-10-01", "Dnr 2021/30", Efforts.Grant(2022, 1));
        var costs = await CostsAsync(federation);

        Assert.Equal([(2022, 60_000_000L, 0L), (2023, 66_000_000L, 0L)], costs.Years.Take(2).Select(y => (y.Year, y.GrantedOre, y.UndecidedOre)));
        Assert.All(costs.Lines, l => Assert.Equal(revised.Name, l.Decision));
        var stillDecided = (await grants.GetAsync(effort.Name)).Clone();
        stillDecided.CostLines[1].Description = "Psykolog, halvtid";
        var refused = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => grants.UpdateEffortAsync(new UpdateEffortRequest
        {
            Effort = stillDecided,
            UpdateMask = new FieldMask { Paths = { "cost_lines" } },
        }).ResponseAsync);
        Assert.Contains("2023 (Dnr 2022/12)", refused.Status.Detail);
    }

    [Fact]
    public async Task A_decision_moves_the_efforts_etag_so_an_update_based_on_a_read_before_it_is_aborted()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var before = await AppliedAsync(grants, federation);
        await grants.DecideAsync(federation, before.Name, Efforts.Grant(2022, 89_500_000));
        var renamed = before.Clone();
        renamed.DisplayName = "Psykolog, halvtid";

        await RpcAssert.FailsWith(StatusCode.Aborted, () => grants.UpdateEffortAsync(new UpdateEffortRequest
        {
            Effort = renamed,
            UpdateMask = new FieldMask { Paths = { "display_name" } },
        }).ResponseAsync);

        var after = await grants.GetAsync(before.Name);
        Assert.NotEqual(before.Etag, after.Etag);
        Assert.Equal((before.DisplayName, before.UpdateTime), (after.DisplayName, after.UpdateTime));
    }

    private static async Task<Effort> AppliedAsync(GrantsService.GrantsServiceClient grants, string federation)
    {
        var created = await grants.CreateAsync(federation, "psykolog", Psykolog());
        return await grants.MoveAsync(created.Name, EffortStatus.Applied);
    }

    private static async Task<Decision> DecideOnAsync(GrantsService.GrantsServiceClient grants, string federation, string effort, string decidedOn, string referenceNumber, params GrantedYear[] granted) =>
        await grants.CreateDecisionAsync(new CreateDecisionRequest
        {
            Parent = Efforts.Parent(federation),
            Decision = new Decision { DecidedOn = decidedOn, ReferenceNumber = referenceNumber, Effort = effort, Granted = { granted } },
        });

    private async Task<EffortCosts> CostsAsync(string federation) =>
        await host.Grants(Caller.ReaderOf(federation)).GetEffortCostsAsync(new GetEffortCostsRequest { Parent = Efforts.Parent(federation), FirstYear = 2022, LastYear = 2024 });

    private async Task<IReadOnlyList<AuditRecord>> TrailAsync(string federation) =>
        (await host.Grants(Caller.AuditorOf(federation)).ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = Efforts.Parent(federation) })).Records;
}
