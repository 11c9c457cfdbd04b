using Finsam.Contracts.Grants.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Grpc.Core;

namespace Finsam.Grants.Tests.Functional;

// The board's decisions (beslut) granting an effort an amount for each of some years.
public sealed class DecisionTests(GrantsHost host) : IClassFixture<GrantsHost>
{
    [Fact]
    public async Task A_decision_names_its_diarienummer_and_the_years_and_amounts_it_grants_and_lists_by_effort()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var psykolog = await grants.CreateAsync(federation, "psykolog");
        var other = await grants.CreateAsync(federation, "arbetsterapeut");

        var decision = await grants.CreateDecisionAsync(new CreateDecisionRequest
        {
            Parent = Efforts.Parent(federation),
            Decision = new Decision
            {
                DecidedOn = "2021-11-26",
                ReferenceNumber = " Dnr 2021/45 ",
                Effort = psykolog.Name,
                Granted = { Efforts.Grant(2023, 66_000_000), Efforts.Grant(2022, 89_500_000) },
            },
        });
        await grants.DecideAsync(federation, other.Name, Efforts.Grant(2022, 100));

        Assert.StartsWith($"federations/{federation}/decisions/", decision.Name);
        var listed = await host.Grants(Caller.ReaderOf(federation)).ListDecisionsAsync(new ListDecisionsRequest { Parent = Efforts.Parent(federation), Effort = psykolog.Name });
        Assert.Equal([decision], listed.Decisions);
        Assert.Equal(("2021-11-26", "Dnr 2021/45"), (decision.DecidedOn, decision.ReferenceNumber));
        Assert.Equal([(2022, 89_500_000L), (2023, 66_000_000L)], decision.Granted.Select(g => (g.Year, g.AmountOre)));
        Assert.Equal(2, (await grants.ListDecisionsAsync(new ListDecisionsRequest { Parent = Efforts.Parent(federation) })).Decisions.Count);
    }

    [Fact]
    public async Task A_decision_without_a_date_diarienummer_or_years_is_refused_and_not_stored()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var effort = await grants.CreateAsync(federation, "psykolog");

        var violations = await RpcAssert.IsInvalidWithReasons(() => grants.CreateDecisionAsync(new CreateDecisionRequest
        {
            Parent = Efforts.Parent(federation),
            Decision = new Decision { DecidedOn = "2021-13-01", Effort = effort.Name },
        }).ResponseAsync);

        Assert.Equal(
            [("decision.decided_on", "INVALID_FORMAT"), ("decision.reference_number", "REQUIRED"), ("decision.granted", "REQUIRED")],
            violations);
        Assert.Empty((await grants.ListDecisionsAsync(new ListDecisionsRequest { Parent = Efforts.Parent(federation) })).Decisions);
    }

    [Fact]
    public async Task A_decision_granting_a_year_twice_a_negative_amount_or_a_year_outside_the_plan_or_the_efforts_period_is_refused_and_not_stored()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var draft = Efforts.Draft("Psykolog");
        draft.StartOn = "2022-01-01";
        draft.EndOn = "2023-06-30";
        var effort = await grants.CreateAsync(federation, "psykolog", draft);
        Task<Decision> Decide(params GrantedYear[] granted) => grants.DecideAsync(federation, effort.Name, granted);

        var badRequest = await RpcAssert.IsInvalidWithReasons(() => Decide(Efforts.Grant(2022, 100), Efforts.Grant(2003, 100), Efforts.Grant(2023, -1), Efforts.Grant(2022, 50)));
        var outsidePeriod = await RpcAssert.IsInvalidWithReasons(() => Decide(Efforts.Grant(2023, 100), Efforts.Grant(2024, 100), Efforts.Grant(2021, 100)));

        Assert.Equal(
            [("decision.granted[1].year", "OUT_OF_RANGE"), ("decision.granted[2].amount_ore", "OUT_OF_RANGE"), ("decision.granted[3].year", "DUPLICATE")],
            badRequest);
        Assert.Equal([("decision.granted[1].year", "OUT_OF_RANGE"), ("decision.granted[2].year", "OUT_OF_RANGE")], outsidePeriod);
        Assert.Empty((await grants.ListDecisionsAsync(new ListDecisionsRequest { Parent = Efforts.Parent(federation) })).Decisions);
        Assert.Equal(effort, await grants.GetAsync(effort.Name));
    }

    [Fact]
    public async Task A_decision_retried_with_its_request_id_is_recorded_once()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var effort = await grants.CreateAsync(federation, "psykolog");
        var request = new CreateDecisionRequest
        {
            Parent = Efforts.Parent(federation),
            Decision = new Decision { DecidedOn = "2021-11-26", ReferenceNumber = "Dnr 2021/45", Effort = effort.Name, Granted = { Efforts.Grant(2022, 100) } },
            RequestId = Guid.NewGuid().ToString(),
        };

        var first = await grants.CreateDecisionAsync(request);
        var retried = await grants.CreateDecisionAsync(request);

        Assert.Equal(first, retried);
        Assert.Equal([first], (await grants.ListDecisionsAsync(new ListDecisionsRequest { Parent = Efforts.Parent(federation) })).Decisions);
    }

    [Fact]
    public async Task A_decision_for_an_effort_that_does_not_exist_is_not_found()
    {
        var federation = host.NewFederation();

        await RpcAssert.FailsWith(StatusCode.NotFound, () => host.Grants().DecideAsync(federation, $"federations/{federation}/efforts/finns-inte", Efforts.Grant(2022, 100)));
    }

    [Fact]
    public async Task A_decision_that_names_another_federations_effort_is_refused_even_for_the_regional_administrator()
    {
        var federation = host.NewFederation();
        var other = host.NewFederation();
        var theirs = await host.Grants().CreateAsync(other, "psykolog");

        var violations = await RpcAssert.IsInvalidWithReasons(() => host.Grants().DecideAsync(federation, theirs.Name, Efforts.Grant(2022, 100)));

        Assert.Equal([("decision.effort", "OTHER_FEDERATION")], violations);
        Assert.Empty((await host.Grants().ListDecisionsAsync(new ListDecisionsRequest { Parent = Efforts.Parent(other) })).Decisions);
    }
}
