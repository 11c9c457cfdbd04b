using Finsam.Contracts.Grants.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;

namespace Finsam.Grants.Tests.Functional;

public sealed class EffortListingTests(GrantsHost host) : IClassFixture<GrantsHost>
{
    [Fact]
    public async Task Efforts_list_in_pages_in_id_order_until_the_last_page_has_no_token()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        for (var i = 6; i >= 0; i--)
        {
            await grants.CreateAsync(federation, $"e{i}");
        }

        var pages = new List<string[]>();
        var token = "";
        do
        {
            var page = await host.Grants(Caller.ReaderOf(federation)).ListEffortsAsync(new ListEffortsRequest { Parent = Efforts.Parent(federation), PageSize = 3, PageToken = token });
            pages.Add(page.Efforts.Select(e => e.Name.Split('/')[^1]).ToArray());
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        Assert.Equal([["e0", "e1", "e2"], ["e3", "e4", "e5"], ["e6"]], pages);
    }

    [Fact]
    public async Task Efforts_filter_by_cost_line_year_status_and_kind()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        for (var i = 0; i < 7; i++)
        {
            await grants.CreateAsync(federation, $"e{i}", Efforts.Draft($"e{i}", i % 2 == 0 ? EffortKind.Individual : EffortKind.Structural, year: 2022 + i % 3));
        }
        await grants.MoveAsync($"federations/{federation}/efforts/e6", EffortStatus.Applied);

        async Task<string[]> List(int year = 0, EffortStatus status = EffortStatus.Unspecified, EffortKind kind = EffortKind.Unspecified, int pageSize = 0) =>
            (await grants.ListEffortsAsync(new ListEffortsRequest { Parent = Efforts.Parent(federation), Year = year, Status = status, Kind = kind, PageSize = pageSize }))
                .Efforts.Select(e => e.Name.Split('/')[^1]).ToArray();

        Assert.Equal(["e0", "e3", "e6"], await List(year: 2022));
        Assert.Equal(["e0", "e6"], await List(year: 2022, kind: EffortKind.Individual));
        Assert.Equal(["e0"], await List(year: 2022, kind: EffortKind.Individual, status: EffortStatus.Draft));
        Assert.Equal(["e6"], await List(status: EffortStatus.Applied));
        Assert.Equal(["e1", "e3", "e5"], await List(kind: EffortKind.Structural));
        // A filtered page is still full when later efforts match.
        Assert.Equal(["e0", "e3"], await List(year: 2022, pageSize: 2));
    }

    [Fact]
    public async Task A_federation_lists_only_its_own_efforts()
    {
        var mine = host.NewFederation();
        var theirs = host.NewFederation();
        await host.Grants().CreateAsync(mine, "psykolog");
        await host.Grants().CreateAsync(theirs, "arbetsterapeut");

        var listed = await host.Grants().ListAllAsync(mine);

        Assert.Equal([$"federations/{mine}/efforts/psykolog"], listed.Select(e => e.Name));
    }

    [Fact]
    public async Task A_page_token_that_is_not_one_of_ours_and_a_negative_page_size_are_invalid()
    {
        var federation = host.NewFederation();

        var violations = await RpcAssert.IsInvalidWithReasons(() => host.Grants().ListEffortsAsync(new ListEffortsRequest
        {
            Parent = Efforts.Parent(federation),
            PageSize = -1,
            PageToken = "inte-en-token!",
        }).ResponseAsync);

        Assert.Equal([("page_size", "OUT_OF_RANGE"), ("page_token", "INVALID_FORMAT")], violations);
    }
}
