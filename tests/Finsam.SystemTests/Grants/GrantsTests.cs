using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.SystemTests.Infrastructure;
using Grpc.Core;

namespace Finsam.SystemTests.Grants;

[Collection(SystemCollection.Name)]
public sealed class GrantsTests(FinsamSystem system)
{
    private readonly GrantsService.GrantsServiceClient _grants = system.Grants;

    [Fact]
    public async Task Sundsvalls_2022_efforts_cost_6_967_000_kr_of_which_individual_6_017_000_kr_with_every_line()
    {
        var id = await CreateFederationAsync();
        foreach (var effort in SundsvallEfforts.Of2022)
        {
            await CreateGrantedAsync(id, effort.Id, effort.Name, effort.Kind, effort.Group, new CostLine { Year = 2022, Description = effort.Line, AmountOre = effort.Kronor * 100 }, running: true);
        }
        await _grants.SetReservationAsync(new SetReservationRequest
        {
            Reservation = new Reservation { Name = $"federations/{id}/reservations/2023", AmountOre = 555_800_000, Label = "Nya aktiviteter/insatser" },
        });

        var costs = await _grants.GetEffortCostsAsync(new GetEffortCostsRequest { Parent = $"federations/{id}", FirstYear = 2022, LastYear = 2024 });

        var year2022 = costs.Years.Single(y => y.Year == 2022);
        Assert.Equal(696_700_000, year2022.GrantedOre);
        Assert.Equal(601_700_000, year2022.IndividualOre);
        Assert.Equal(95_000_000, year2022.StructuralOre);
        Assert.Equal(
            SundsvallEfforts.Of2022.Select(e => (e.Line, e.Kronor * 100)).Order(),
            costs.Lines.Select(l => (l.Description, l.AmountOre)).Order());
        Assert.Empty(costs.UndecidedLines);
        Assert.Equal((555_800_000L, "Nya aktiviteter/insatser"), (costs.Years.Single(y => y.Year == 2023).ReservedOre, costs.Years.Single(y => y.Year == 2023).ReservedLabel));
        Assert.Equal(0, costs.Years.Single(y => y.Year == 2023).GrantedOre);
    }

    [Fact]
    public async Task Each_legal_status_move_works_and_each_illegal_one_is_a_failed_precondition_that_changes_nothing()
    {
        var id = await CreateFederationAsync();
        var name = (await CreateEffortAsync(id, "psykolog", EffortKind.Individual)).Name;

        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Move(name, EffortStatus.Running));
        await Move(name, EffortStatus.Applied);
        var noDecision = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Move(name, EffortStatus.Granted));
        Assert.Contains("decision", noDecision.Status.Detail);
        Assert.Equal(EffortStatus.Applied, (await Get(name)).Status);

        await Decide(id, name);
        await Move(name, EffortStatus.Granted);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Move(name, EffortStatus.Rejected));
        await Move(name, EffortStatus.Running);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Move(name, EffortStatus.Applied));
        await Move(name, EffortStatus.Ended);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Move(name, EffortStatus.Running));
        Assert.Equal(EffortStatus.Ended, (await Get(name)).Status);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => _grants.DeleteEffortAsync(new DeleteEffortRequest { Name = name }).ResponseAsync);

        var rejected = (await CreateEffortAsync(id, "avslag", EffortKind.Structural)).Name;
        await Move(rejected, EffortStatus.Applied);
        await Move(rejected, EffortStatus.Rejected);
        var withdrawn = (await CreateEffortAsync(id, "tillbaka", EffortKind.Structural)).Name;
        await Move(withdrawn, EffortStatus.Withdrawn);
        await _grants.DeleteEffortAsync(new DeleteEffortRequest { Name = withdrawn });
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Get(withdrawn));

        var trail = await _grants.ListAuditRecordsAsync(new() { Parent = $"federations/{id}" });
        Assert.Contains(trail.Records, r => r.Action == "TransitionEffort" && r.BeforeJson.Contains("EFFORT_STATUS_RUNNING") && r.AfterJson.Contains("EFFORT_STATUS_ENDED"));
    }

    [Fact]
    public async Task A_decision_names_its_diarienummer_and_the_years_and_amounts_it_grants()
    {
        var id = await CreateFederationAsync();
        var effort = await CreateEffortAsync(id, "psykolog", EffortKind.Individual);

        await Decide(id, effort.Name);
        var fields = await RpcAssert.IsInvalid(() => _grants.CreateDecisionAsync(new CreateDecisionRequest
        {
            Parent = $"federations/{id}",
            Decision = new Decision { DecidedOn = "2021-13-01", Effort = effort.Name },
        }).ResponseAsync);

        Assert.Equal(["decision.decided_on", "decision.reference_number", "decision.granted"], fields);
        var decisions = await _grants.ListDecisionsAsync(new ListDecisionsRequest { Parent = $"federations/{id}", Effort = effort.Name });
        Assert.Equal([("2021-11-26", "Dnr 2021/45", "2022: 100")], decisions.Decisions.Select(d => (d.DecidedOn, d.ReferenceNumber, string.Join(", ", d.Granted.Select(g => $"{g.Year}: {g.AmountOre}")))));
    }

    [Fact]
    public async Task Follow_up_compares_a_year_with_the_year_before()
    {
        var id = await CreateFederationAsync();
        var effort = await CreateEffortAsync(id, "arbetskonsulenter", EffortKind.Individual);
        await SetFollowUp(effort.Name, 2021, participants: 40, work: 5, studies: 3);
        await SetFollowUp(effort.Name, 2022, participants: 46, work: 9, studies: 2);

        var comparison = await _grants.CompareFollowUpAsync(new CompareFollowUpRequest { Name = $"{effort.Name}/followUps/2022" });

        Assert.Equal(6, comparison.ParticipantsChange);
        Assert.Equal(3, comparison.FinishedToWorkOrStudiesChange);
        Assert.True(comparison.MoreFinishedToWorkOrStudies);
        Assert.Equal(["Upplever stöd"], comparison.ThisYear.Indicators.Select(i => i.Indicator));
        var fields = await RpcAssert.IsInvalid(() => SetFollowUp(effort.Name, 2023, participants: 1, work: 2, studies: 0));
        Assert.Equal(["follow_up.finished_to_work"], fields);
    }

    [Fact]
    public async Task The_catalogue_shows_only_granted_or_running_public_efforts_to_anyone_in_swedish()
    {
        var id = await CreateFederationAsync();
        var marker = Guid.NewGuid().ToString("N")[..8];
        await CreateGrantedAsync(id, "konsulenter", $"Arbetskonsulenter {marker}", EffortKind.Individual, "AMT", new CostLine { Year = 2022, Description = "x", AmountOre = 1 }, running: true,
            targetGroup: "Unga vuxna med aktivitetsersättning", description: "Stöd för personer som står långt från arbetsmarknaden.");
        await CreateGrantedAsync(id, "ovningar", $"Övningar i vardagen {marker}", EffortKind.Individual, "AMT", new CostLine { Year = 2022, Description = "x", AmountOre = 1 }, running: false,
            targetGroup: "Vuxna", description: "Träning för arbetslivet.");
        await CreateGrantedAsync(id, "hemlig", $"Intern arbetskonsulent {marker}", EffortKind.Individual, "AMT", new CostLine { Year = 2022, Description = "x", AmountOre = 1 }, running: true, isPublic: false);
        await CreateEffortAsync(id, "ansokt", EffortKind.Individual, displayName: $"Arbetskonsulent ansökt {marker}", isPublic: true);

        using var anonymous = new HttpClient { BaseAddress = system.GatewayHttp };
        async Task<string[]> Search(string query, string targetGroup = "")
        {
            var url = $"/v1/catalogue?query={Uri.EscapeDataString($"{query} {marker}")}&targetGroup={Uri.EscapeDataString(targetGroup)}";
            var response = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            return body.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("effort").GetString()!).Order().ToArray();
        }

        // "arbetskonsulent" finds "Arbetskonsulenter" (one word form, another), never the hidden or the applied one.
        Assert.Equal(new[] { $"federations/{id}/efforts/konsulenter" }, await Search("arbetskonsulent"));
        // Å, Ä and Ö are letters of their own, in either case.
        Assert.Equal(new[] { $"federations/{id}/efforts/ovningar" }, await Search("ÖVNING"));
        Assert.Empty(await Search("ovning"));
        Assert.Equal(new[] { $"federations/{id}/efforts/ovningar" }, await Search("träningen"));
        Assert.Equal(new[] { $"federations/{id}/efforts/konsulenter" }, await Search("", "aktivitetsersättning"));
        Assert.Equal(new[] { $"federations/{id}/efforts/konsulenter", $"federations/{id}/efforts/ovningar" }, await Search(""));
    }

    [Fact]
    public async Task Efforts_list_in_pages_filtered_by_year_status_and_kind()
    {
        var id = await CreateFederationAsync();
        for (var i = 0; i < 7; i++)
        {
            await CreateEffortAsync(id, $"e{i}", i % 2 == 0 ? EffortKind.Individual : EffortKind.Structural, year: 2022 + i % 3);
        }

        var names = new List<string>();
        var token = "";
        do
        {
            var page = await _grants.ListEffortsAsync(new ListEffortsRequest { Parent = $"federations/{id}", PageSize = 3, PageToken = token });
            Assert.True(page.Efforts.Count <= 3);
            names.AddRange(page.Efforts.Select(e => e.Name));
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"federations/{id}/efforts/e{i}"), names);
        var individual2022 = await _grants.ListEffortsAsync(new ListEffortsRequest { Parent = $"federations/{id}", Year = 2022, Kind = EffortKind.Individual, Status = EffortStatus.Draft });
        Assert.Equal(["e0", "e6"], individual2022.Efforts.Select(e => e.Name.Split('/')[^1]));
    }

    [Fact]
    public async Task A_stale_etag_is_aborted_a_retried_create_makes_one_effort_and_bad_input_stores_nothing()
    {
        var id = await CreateFederationAsync();
        var request = new CreateEffortRequest
        {
            Parent = $"federations/{id}",
            EffortId = "psykolog",
            Effort = new Effort { DisplayName = "Psykolog", Kind = EffortKind.Individual },
            RequestId = Guid.NewGuid().ToString(),
        };
        var first = await _grants.CreateEffortAsync(request);
        Assert.Equal(first, await _grants.CreateEffortAsync(request));

        var renamed = first.Clone();
        renamed.DisplayName = "Psykolog, halvtid";
        await _grants.UpdateEffortAsync(new UpdateEffortRequest { Effort = renamed, UpdateMask = new() { Paths = { "display_name" } } });
        var stale = first.Clone();
        stale.DisplayName = "Gammal läsning";
        await RpcAssert.FailsWith(StatusCode.Aborted, () => _grants.UpdateEffortAsync(new UpdateEffortRequest { Effort = stale, UpdateMask = new() { Paths = { "display_name" } } }).ResponseAsync);

        var fields = await RpcAssert.IsInvalid(() => _grants.CreateEffortAsync(new CreateEffortRequest
        {
            Parent = $"federations/{id}",
            EffortId = "Fel Id",
            Effort = new Effort
            {
                Kind = EffortKind.Unspecified,
                StartOn = "2022-05-01",
                EndOn = "2021-01-01",
                CostLines = { new CostLine { Year = 1999, Description = "", AmountOre = -5 } },
            },
        }).ResponseAsync);
        Assert.Equal(
            ["effort_id", "effort.display_name", "effort.kind", "effort.end_on", "effort.cost_lines[0].year", "effort.cost_lines[0].description", "effort.cost_lines[0].amount_ore"],
            fields);

        var all = await _grants.ListEffortsAsync(new ListEffortsRequest { Parent = $"federations/{id}" });
        Assert.Equal([("Psykolog, halvtid", EffortKind.Individual)], all.Efforts.Select(e => (e.DisplayName, e.Kind)));
        await RpcAssert.FailsWith(StatusCode.NotFound, () => _grants.CreateEffortAsync(new CreateEffortRequest
        {
            Parent = "federations/finns-inte",
            EffortId = "x",
            Effort = new Effort { DisplayName = "X", Kind = EffortKind.Individual },
        }).ResponseAsync);
    }

    [Fact]
    public async Task Another_federations_token_is_refused_for_every_grants_rpc_but_the_catalogue()
    {
        var a = await CreateFederationAsync();
        var b = await CreateFederationAsync();
        var effort = await CreateEffortAsync(b, "psykolog", EffortKind.Individual);
        var token = await system.TokenWithRolesAsync((Contracts.Identity.V1.Role.Editor, a));
        var other = system.GrantsAs(token);
        var calls = GrantsCalls.For(other, b, effort.Name);

        Assert.Equal(GrantsService.Descriptor.Methods.Select(m => m.Name).Order(), calls.Keys.Order());
        foreach (var (method, call) in calls.Where(c => c.Key != "SearchCatalogue"))
        {
            var failure = await Assert.ThrowsAsync<RpcException>(call);
            Assert.True(failure.StatusCode == StatusCode.PermissionDenied, $"{method}: {failure.StatusCode} {failure.Status.Detail}");
        }
        await calls["SearchCatalogue"]();
        Assert.Equal("psykolog", (await Get(effort.Name)).DisplayName);
    }

    private async Task<string> CreateFederationAsync()
    {
        var id = Federations.NewId("g");
        await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = id, Federation = Federations.Sundsvall() });
        return id;
    }

    private Task<Effort> CreateEffortAsync(string federationId, string effortId, EffortKind kind, string? displayName = null, bool isPublic = false, int year = 2022) =>
        _grants.CreateEffortAsync(new CreateEffortRequest
        {
            Parent = $"federations/{federationId}",
            EffortId = effortId,
            Effort = new Effort
            {
                DisplayName = displayName ?? effortId,
                Kind = kind,
                Public = isPublic,
                Municipality = "Sundsvall",
                CostLines = { new CostLine { Year = year, Description = effortId, AmountOre = 100 } },
            },
        }).ResponseAsync;

    private Task CreateGrantedAsync(string federationId, string effortId, string name, EffortKind kind, string group, CostLine line, bool running,
        string targetGroup = "", string description = "", bool isPublic = true) =>
        GrantedEfforts.CreateAsync(_grants, federationId, effortId, new Effort
        {
            DisplayName = name,
            Description = description,
            Kind = kind,
            CostGroup = group,
            Owner = "Sundsvalls kommun",
            TargetGroup = targetGroup,
            Municipality = "Sundsvall",
            StartOn = "2022-01-01",
            Public = isPublic,
            CostLines = { line },
        }, running);

    private Task<Effort> Move(string name, EffortStatus status) =>
        _grants.TransitionEffortAsync(new TransitionEffortRequest { Name = name, Status = status }).ResponseAsync;

    private Task<Effort> Get(string name) => _grants.GetEffortAsync(new GetEffortRequest { Name = name }).ResponseAsync;

    private Task<Decision> Decide(string federationId, string effort) => _grants.CreateDecisionAsync(new CreateDecisionRequest
    {
        Parent = $"federations/{federationId}",
        Decision = new Decision { DecidedOn = "2021-11-26", ReferenceNumber = "Dnr 2021/45", Effort = effort, Granted = { new GrantedYear { Year = 2022, AmountOre = 100 } } },
    }).ResponseAsync;

    private Task<FollowUp> SetFollowUp(string effort, int year, int participants, int work, int studies) => _grants.SetFollowUpAsync(new SetFollowUpRequest
    {
        FollowUp = new FollowUp
        {
            Name = $"{effort}/followUps/{year}",
            PlannedParticipants = 45,
            ActualParticipants = participants,
            FinishedToWork = work,
            FinishedToStudies = studies,
            Indicators = { new IndicatorResult { Indicator = "Upplever stöd", ValueHundredths = 8_150 } },
        },
    }).ResponseAsync;
}
