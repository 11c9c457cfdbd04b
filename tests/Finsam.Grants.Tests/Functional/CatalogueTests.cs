using Finsam.Contracts.Grants.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;

namespace Finsam.Grants.Tests.Functional;

// Insatskatalogen: anyone, signed in or not, finds the granted and running public efforts.
public sealed class CatalogueTests(GrantsHost host) : IClassFixture<GrantsHost>
{
    private readonly GrantsService.GrantsServiceClient _anyone = host.Grants(Caller.Anonymous);

    [Fact]
    public async Task The_catalogue_shows_only_granted_or_running_public_efforts_matching_swedish_word_forms()
    {
        var federation = host.NewFederation();
        var marker = Marker();
        var grants = host.Grants(Caller.EditorOf(federation));
        await grants.GrantAsync(federation, "konsulenter", Public($"Arbetskonsulenter {marker}", "Unga vuxna med aktivitetsersättning", "Stöd för personer som står långt från arbetsmarknaden."), running: true);
        await grants.GrantAsync(federation, "ovningar", Public($"Övningar i vardagen {marker}", "Vuxna", "Träning för arbetslivet."), running: false);
        var hidden = Public($"Intern arbetskonsulent {marker}", "", "");
        hidden.Public = false;
        await grants.GrantAsync(federation, "hemlig", hidden, running: true);
        await grants.CreateAsync(federation, "ansokt", Public($"Arbetskonsulent ansökt {marker}", "", ""));

        async Task<string[]> Search(string query, string targetGroup = "") =>
            (await _anyone.SearchCatalogueAsync(new SearchCatalogueRequest { Query = $"{query} {marker}", TargetGroup = targetGroup }))
                .Entries.Select(e => e.Effort.Split('/')[^1]).Order().ToArray();

        // "arbetskonsulent" finds "Arbetskonsulenter", never the hidden nor the applied-for one.
        Assert.Equal(["konsulenter"], await Search("arbetskonsulent"));
        // Å, Ä and Ö are letters of their own, in either case.
        Assert.Equal(["ovningar"], await Search("ÖVNING"));
        Assert.Empty(await Search("ovning"));
        Assert.Equal(["ovningar"], await Search("träningen"));
        Assert.Equal(["konsulenter"], await Search("", "aktivitetsersättning"));
        Assert.Equal(["konsulenter", "ovningar"], await Search(""));
    }

    [Fact]
    public async Task An_entry_tells_what_the_effort_is_who_runs_it_where_and_for_whom()
    {
        var federation = host.NewFederation();
        var marker = Marker();
        var effort = Public($"Psykolog {marker}", "Unga vuxna", "Samtal och bedömning.");
        effort.Owner = "Region Västernorrland";
        await host.Grants(Caller.EditorOf(federation)).GrantAsync(federation, "psykolog", effort, running: true);

        var found = await _anyone.SearchCatalogueAsync(new SearchCatalogueRequest { Query = marker });

        Assert.Equal(
            [new CatalogueEntry
            {
                Effort = $"federations/{federation}/efforts/psykolog",
                DisplayName = $"Psykolog {marker}",
                Description = "Samtal och bedömning.",
                Kind = EffortKind.Individual,
                TargetGroup = "Unga vuxna",
                Municipality = "Sundsvall",
                Owner = "Region Västernorrland",
                StartOn = "2022-01-01",
                CostGroup = "AMT",
            }],
            found.Entries);
        // The effort's own entry, as a shared link opens it.
        Assert.Equal(found.Entries[0], await _anyone.GetCatalogueEntryAsync(new GetCatalogueEntryRequest { Effort = found.Entries[0].Effort }));
    }

    [Fact]
    public async Task Word_forms_find_what_a_person_means()
    {
        var federation = host.NewFederation();
        var marker = Marker();
        var grants = host.Grants(Caller.EditorOf(federation));
        await grants.GrantAsync(federation, "traning", Public($"Steget vidare {marker}", "Ungdomar 16-24 år", "Arbetsträningen sker hos arbetsgivare i kommunen."), running: true);
        await grants.GrantAsync(federation, "samtal", Public($"Samtalsstöd {marker}", "Vuxna", "Samtal med psykolog."), running: true);

        async Task<string[]> Search(string query) =>
            (await _anyone.SearchCatalogueAsync(new SearchCatalogueRequest { Query = query, Federation = $"federations/{federation}" }))
                .Entries.Select(e => e.Effort.Split('/')[^1]).ToArray();

        // The Swedish stemmer: the definite form, the plural, and a typed word of the target group.
        Assert.Equal(["traning"], await Search("arbetsträning"));
        Assert.Equal(["traning"], await Search("ungdom"));
        Assert.Equal(["traning"], await Search("arbetsgivaren"));
        Assert.Equal(["samtal"], await Search("psykologer"));
        Assert.Empty(await Search("arbetsträning psykolog"));
    }

    [Fact]
    public async Task The_catalogue_filters_by_federation_and_kind()
    {
        var (one, other) = (host.NewFederation(), host.NewFederation());
        var marker = Marker();
        var individual = Public($"Individ {marker}", "", "");
        var structural = Public($"Struktur {marker}", "", "");
        structural.Kind = EffortKind.Structural;
        await host.Grants(Caller.EditorOf(one)).GrantAsync(one, "individ", individual, running: true);
        await host.Grants(Caller.EditorOf(one)).GrantAsync(one, "struktur", structural, running: true);
        await host.Grants(Caller.EditorOf(other)).GrantAsync(other, "individ", individual, running: true);

        async Task<string[]> Search(string federation, EffortKind kind) =>
            (await _anyone.SearchCatalogueAsync(new SearchCatalogueRequest { Query = marker, Federation = federation, Kind = kind }))
                .Entries.Select(e => e.Effort).ToArray();

        Assert.Equal([$"federations/{one}/efforts/individ", $"federations/{one}/efforts/struktur"], await Search($"federations/{one}", EffortKind.Unspecified));
        Assert.Equal([$"federations/{one}/efforts/struktur"], await Search($"federations/{one}", EffortKind.Structural));
        Assert.Equal([$"federations/{other}/efforts/individ"], await Search($"federations/{other}", EffortKind.Individual));
        Assert.Equal(3, (await Search("", EffortKind.Unspecified)).Length);
        var violations = await RpcAssert.IsInvalidWithReasons(() => _anyone.SearchCatalogueAsync(new SearchCatalogueRequest { Federation = "sundsvall" }).ResponseAsync);
        Assert.Equal([("federation", "INVALID_FORMAT")], violations);
    }

    [Fact]
    public async Task An_effort_the_catalogue_does_not_list_is_not_found_alike_whether_it_exists_or_not()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var hidden = Public("Intern", "", "");
        hidden.Public = false;
        await grants.GrantAsync(federation, "intern", hidden, running: true);
        await grants.CreateAsync(federation, "utkast", Public("Utkast", "", ""));

        foreach (var effort in new[] { "intern", "utkast", "finns-inte" })
        {
            var failure = await Assert.ThrowsAsync<global::Grpc.Core.RpcException>(() =>
                _anyone.GetCatalogueEntryAsync(new GetCatalogueEntryRequest { Effort = $"federations/{federation}/efforts/{effort}" }).ResponseAsync);
            Assert.Equal(global::Grpc.Core.StatusCode.NotFound, failure.StatusCode);
        }
    }

    [Fact]
    public async Task The_catalogue_filters_by_municipality_and_comes_in_pages()
    {
        var federation = host.NewFederation();
        var marker = Marker();
        var grants = host.Grants(Caller.EditorOf(federation));
        foreach (var (id, municipality) in new[] { ("a", "Sundsvall"), ("b", "Timrå"), ("c", "Sundsvall") })
        {
            var effort = Public($"Insats {id} {marker}", "", "");
            effort.Municipality = municipality;
            await grants.GrantAsync(federation, id, effort, running: true);
        }

        var inTimra = await _anyone.SearchCatalogueAsync(new SearchCatalogueRequest { Query = marker, Municipality = "timrå" });
        var first = await _anyone.SearchCatalogueAsync(new SearchCatalogueRequest { Query = marker, PageSize = 2 });
        var second = await _anyone.SearchCatalogueAsync(new SearchCatalogueRequest { Query = marker, PageSize = 2, PageToken = first.NextPageToken });

        Assert.Equal([$"federations/{federation}/efforts/b"], inTimra.Entries.Select(e => e.Effort));
        Assert.Equal(["a", "b", "c"], first.Entries.Concat(second.Entries).Select(e => e.Effort.Split('/')[^1]));
        Assert.Equal("", second.NextPageToken);
    }

    [Fact]
    public async Task A_search_longer_than_a_person_types_is_refused()
    {
        var violations = await RpcAssert.IsInvalidWithReasons(() => _anyone.SearchCatalogueAsync(new SearchCatalogueRequest { Query = new string('a', 201) }).ResponseAsync);

        Assert.Equal([("query", "TOO_LONG")], violations);
    }

    private static string Marker() => Guid.NewGuid().ToString("N")[..8];

    private static Effort Public(string displayName, string targetGroup, string description) => new()
    {
        DisplayName = displayName,
        Description = description,
        Kind = EffortKind.Individual,
        CostGroup = "AMT",
        Owner = "Sundsvalls kommun",
        TargetGroup = targetGroup,
        Municipality = "Sundsvall",
        StartOn = "2022-01-01",
        Public = true,
        CostLines = { new CostLine { Year = 2022, Description = "x", AmountOre = 1 } },
    };
}
