using Finsam.Contracts.Funding.V1;
using Finsam.FunctionalTesting.Security;

namespace Finsam.Funding.Tests.Functional;

// Region Gotland is both the region and the municipality: it pays both quarters, on one line.
public sealed class GotlandTests(FundingHost host) : IClassFixture<FundingHost>
{
    // Odd amounts, so that the halves leave an öre: it goes to the regions' quarter.
    private const long State2023 = 123_456_789;
    private const long State2024 = 130_000_001;

    [Fact]
    public async Task Region_gotland_pays_both_quarters_to_the_ore()
    {
        var id = await GotlandAsync();

        var contributions = await host.Funding(Caller.ReaderOf(id)).GetContributionsAsync(new GetContributionsRequest { Name = $"federations/{id}/contributions/2023" });

        Assert.Equal(
            [
                ("forsakringskassan", MemberKind.Forsakringskassan, State2023),
                ("region-gotland", MemberKind.RegionAndMunicipality, State2023),
            ],
            contributions.Members.Select(m => (m.MemberId, m.Kind, m.AmountOre)));
        Assert.Equal(
            (246_913_578L, State2023, 61_728_395L, 61_728_394L),
            (contributions.TotalOre, contributions.StateOre, contributions.RegionsOre, contributions.MunicipalitiesOre));
        // Its one line carries both quarters, as a plan prints them under it ("varav").
        Assert.Equal((61_728_395L, 61_728_394L), (contributions.Members[1].RegionalPartOre, contributions.Members[1].MunicipalPartOre));
    }

    [Fact]
    public async Task The_income_a_budget_counts_has_region_gotlands_one_line_each_year()
    {
        var id = await GotlandAsync();

        var income = await host.Funding(Caller.ReaderOf(id)).GetIncomeAsync(new GetIncomeRequest { Parent = $"federations/{id}", FirstYear = 2023, LastYear = 2024 });

        Assert.Equal(
            [
                (2023, "Försäkringskassan", State2023), (2023, "Region Gotland", State2023),
                (2024, "Försäkringskassan", State2024), (2024, "Region Gotland", State2024),
            ],
            income.Years.SelectMany(y => y.Contributions.Members.Select(m => (y.Year, m.DisplayName, m.AmountOre))));
        Assert.Equal([(2 * State2023, 61_728_395L, 61_728_394L), (2 * State2024, 65_000_001L, 65_000_000L)],
            income.Years.Select(y => (y.Contributions.TotalOre, y.Contributions.RegionsOre, y.Contributions.MunicipalitiesOre)));
    }

    [Fact]
    public async Task Region_gotland_commits_for_both_quarters_and_its_commitment_makes_the_allocation_final()
    {
        var id = await GotlandAsync();
        var funding = host.Funding();

        await funding.SetCommitmentAsync(new SetCommitmentRequest
        {
            Commitment = new Commitment { Name = $"federations/{id}/allocations/2023/commitments/region-gotland", CommittedOre = State2023 },
        });

        var allocation = await funding.GetAllocationAsync(new GetAllocationRequest { Name = $"federations/{id}/allocations/2023" });
        Assert.Equal((State2023, true), (allocation.MatchedStateAmountOre, allocation.Final));
    }

    [Fact]
    public async Task The_kind_is_kept_as_given()
    {
        var id = await GotlandAsync();

        var federation = await host.Funding().GetFederationAsync(new GetFederationRequest { Name = $"federations/{id}" });

        Assert.Equal(Federations.Gotland().Members, federation.Members);
    }

    // Samordningsförbundet Gotland with its decided allocations for 2023 and 2024.
    private async Task<string> GotlandAsync()
    {
        var id = Federations.NewId("gotland");
        await host.Funding().CreateFederationAsync(new CreateFederationRequest { FederationId = id, Federation = Federations.Gotland() });
        foreach (var (year, state) in new[] { (2023, State2023), (2024, State2024) })
        {
            await host.Funding().CreateAllocationAsync(new CreateAllocationRequest
            {
                Parent = $"federations/{id}",
                Allocation = new Allocation { Year = year, StateAmountOre = state, Status = AllocationStatus.Decided },
            });
        }
        return id;
    }
}
