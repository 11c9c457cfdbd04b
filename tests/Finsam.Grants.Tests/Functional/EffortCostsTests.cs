using Finsam.Contracts.Grants.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;

namespace Finsam.Grants.Tests.Functional;

// What the budget asks grants: a federation's effort costs by year, and the money reserved.
public sealed class EffortCostsTests(GrantsHost host) : IClassFixture<GrantsHost>
{
    [Fact]
    public async Task Sundsvalls_2022_efforts_cost_6_967_000_kr_of_which_individual_6_017_000_kr_with_every_line()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        foreach (var effort in SundsvallEfforts.Of2022)
        {
            await grants.GrantAsync(federation, effort.Id, new Effort
            {
                DisplayName = effort.Name,
                Kind = effort.Kind,
                CostGroup = effort.Group,
                CostLines = { new CostLine { Year = 2022, Description = effort.Line, AmountOre = effort.Kronor * 100 } },
            }, running: true);
        }
        await grants.SetReservationAsync(new SetReservationRequest
        {
            Reservation = new Reservation { Name = $"federations/{federation}/reservations/2023", AmountOre = 555_800_000, Label = "Nya aktiviteter/insatser" },
        });

        var costs = await host.Grants(Caller.ReaderOf(federation)).GetEffortCostsAsync(new GetEffortCostsRequest { Parent = Efforts.Parent(federation), FirstYear = 2022, LastYear = 2024 });

        Assert.Equal([2022, 2023, 2024], costs.Years.Select(y => y.Year));
        var year2022 = costs.Years.Single(y => y.Year == 2022);
        Assert.Equal((696_700_000L, 601_700_000L, 95_000_000L), (year2022.GrantedOre, year2022.IndividualOre, year2022.StructuralOre));
        Assert.Equal(
            [("Arbetsmarknadstorget", 601_700_000L), ("Strukturinriktade insatser", 95_000_000L)],
            year2022.CostGroups.Select(g => (g.CostGroup, g.AmountOre)).Order());
        Assert.Equal(
            SundsvallEfforts.Of2022.Select(e => (e.Line, e.Kronor * 100)).Order(),
            costs.Lines.Select(l => (l.Description, l.AmountOre)).Order());
        Assert.All(costs.Lines, l => Assert.StartsWith($"federations/{federation}/decisions/", l.Decision));
        Assert.Empty(costs.UndecidedLines);
        Assert.All(costs.Years, y => Assert.Equal(0, y.UndecidedOre));
        var year2023 = costs.Years.Single(y => y.Year == 2023);
        Assert.Equal((0L, 555_800_000L, "Nya aktiviteter/insatser"), (year2023.GrantedOre, year2023.ReservedOre, year2023.ReservedLabel));
    }

    // The budget keeps an answer and asks again with its version: while nothing of the
    // federation's changed, grants says so instead of answering; any change is a new answer.
    [Fact]
    public async Task A_kept_answer_is_confirmed_until_the_federations_data_changes_and_only_then()
    {
        var federation = host.NewFederation();
        var other = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        await grants.GrantAsync(federation, "beviljad", Efforts.Draft("Beviljad", amountOre: 4_000), running: true);
        var reader = host.Grants(Caller.ReaderOf(federation));
        GetEffortCostsRequest Asking(string known) => new() { Parent = Efforts.Parent(federation), FirstYear = 2022, LastYear = 2022, KnownVersion = known };
        var first = await reader.GetEffortCostsAsync(Asking(""));

        var same = await reader.GetEffortCostsAsync(Asking(first.Version));
        await host.Grants(Caller.EditorOf(other)).CreateAsync(other, "annan", Efforts.Draft("Annan", amountOre: 1_000));
        var afterAnotherFederationChanged = await reader.GetEffortCostsAsync(Asking(first.Version));
        await grants.SetReservationAsync(new SetReservationRequest
        {
            Reservation = new Reservation { Name = $"federations/{federation}/reservations/2022", AmountOre = 500, Label = "Reserv" },
        });
        var changed = await reader.GetEffortCostsAsync(Asking(first.Version));

        Assert.NotEmpty(first.Version);
        Assert.Equal(4_000, first.Years.Single().GrantedOre);
        Assert.Equal(new EffortCosts { Version = first.Version, Unchanged = true }, same);
        Assert.Equal(same, afterAnotherFederationChanged);
        Assert.False(changed.Unchanged);
        Assert.NotEqual(first.Version, changed.Version);
        Assert.Equal((4_000L, 500L), (changed.Years.Single().GrantedOre, changed.Years.Single().ReservedOre));
    }

    // The regional roll-up asks for many federations at once, each answered as GetEffortCosts
    // answers it, a kept answer confirmed without figures.
    [Fact]
    public async Task A_batch_answers_each_federation_as_GetEffortCosts_does()
    {
        var (a, b, kept) = (host.NewFederation(), host.NewFederation(), host.NewFederation());
        await host.Grants(Caller.EditorOf(a)).GrantAsync(a, "beviljad", Efforts.Draft("Beviljad", amountOre: 4_000), running: true);
        await host.Grants(Caller.EditorOf(kept)).GrantAsync(kept, "beviljad", Efforts.Draft("Beviljad", amountOre: 9_000), running: true);
        GetEffortCostsRequest Single(string federation) => new() { Parent = Efforts.Parent(federation), FirstYear = 2022, LastYear = 2023 };
        var keptVersion = (await host.Grants().GetEffortCostsAsync(Single(kept))).Version;

        var batch = await host.Grants().BatchGetEffortCostsAsync(new BatchGetEffortCostsRequest
        {
            Parents = { Efforts.Parent(a), Efforts.Parent(b), Efforts.Parent(kept) },
            FirstYear = 2022,
            LastYear = 2023,
            KnownVersions = { [Efforts.Parent(kept)] = keptVersion, [Efforts.Parent(a)] = "0" },
        });

        Assert.Equal([Efforts.Parent(a), Efforts.Parent(b), Efforts.Parent(kept)], batch.EffortCosts.Select(c => c.Parent));
        Assert.Equal(await host.Grants().GetEffortCostsAsync(Single(a)), batch.EffortCosts[0].EffortCosts);
        Assert.Equal(await host.Grants().GetEffortCostsAsync(Single(b)), batch.EffortCosts[1].EffortCosts);
        Assert.Equal(new EffortCosts { Version = keptVersion, Unchanged = true }, batch.EffortCosts[2].EffortCosts);
        Assert.Equal(4_000, batch.EffortCosts[0].EffortCosts.Years.Single(y => y.Year == 2022).GrantedOre);
        Assert.Equal(["parents[1]"], await RpcAssert.IsInvalid(() => host.Grants().BatchGetEffortCostsAsync(new BatchGetEffortCostsRequest
        {
            Parents = { Efforts.Parent(a), Efforts.Parent(a) },
            FirstYear = 2022,
            LastYear = 2023,
        }).ResponseAsync));
    }

    [Fact]
    public async Task Only_granted_running_and_ended_efforts_cost_money()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        await grants.CreateAsync(federation, "utkast", Efforts.Draft("Utkast", amountOre: 1_000));
        var applied = await grants.CreateAsync(federation, "ansokt", Efforts.Draft("Ansökt", amountOre: 2_000));
        await grants.MoveAsync(applied.Name, EffortStatus.Applied);
        await grants.GrantAsync(federation, "beviljad", Efforts.Draft("Beviljad", amountOre: 4_000), running: false);
        var ended = await grants.GrantAsync(federation, "avslutad", Efforts.Draft("Avslutad", amountOre: 8_000), running: true);
        await grants.MoveAsync(ended.Name, EffortStatus.Ended);

        var costs = await grants.GetEffortCostsAsync(new GetEffortCostsRequest { Parent = Efforts.Parent(federation), FirstYear = 2022, LastYear = 2022 });

        Assert.Equal(12_000, costs.Years.Single().GrantedOre);
        Assert.Equal(["Avslutad", "Beviljad"], costs.Lines.Select(l => l.EffortDisplayName).Order());
    }

    [Fact]
    public async Task A_reservation_is_set_again_rather_than_added_and_lists_by_year()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        foreach (var (year, amount) in new[] { (2024, 1_000L), (2023, 2_000L), (2024, 3_000L) })
        {
            await grants.SetReservationAsync(new SetReservationRequest { Reservation = new Reservation { Name = $"federations/{federation}/reservations/{year}", AmountOre = amount, Label = "Nya insatser" } });
        }

        var listed = await grants.ListReservationsAsync(new ListReservationsRequest { Parent = Efforts.Parent(federation) });

        Assert.Equal([($"federations/{federation}/reservations/2023", 2_000L), ($"federations/{federation}/reservations/2024", 3_000L)], listed.Reservations.Select(r => (r.Name, r.AmountOre)));
    }

    [Fact]
    public async Task Years_the_wrong_way_round_or_too_many_are_refused()
    {
        var federation = host.NewFederation();
        var grants = host.Grants();

        var backwards = await RpcAssert.IsInvalidWithReasons(() => grants.GetEffortCostsAsync(new GetEffortCostsRequest { Parent = Efforts.Parent(federation), FirstYear = 2024, LastYear = 2022 }).ResponseAsync);
        var badReservation = await RpcAssert.IsInvalidWithReasons(() => grants.SetReservationAsync(new SetReservationRequest
        {
            Reservation = new Reservation { Name = $"federations/{federation}/reservations/nasta", AmountOre = -1 },
        }).ResponseAsync);

        Assert.Equal([("last_year", "INVALID_VALUE")], backwards);
        Assert.Equal([("reservation.name", "INVALID_FORMAT"), ("reservation.amount_ore", "OUT_OF_RANGE")], badReservation);
        Assert.Empty((await grants.ListReservationsAsync(new ListReservationsRequest { Parent = Efforts.Parent(federation) })).Reservations);
    }
}
