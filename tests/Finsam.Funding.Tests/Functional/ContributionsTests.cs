using Finsam.Contracts.Funding.V1;
using Finsam.FunctionalTesting.Security;

namespace Finsam.Funding.Tests.Functional;

// What each member pays for a year: the state's half from Försäkringskassan, the other half
// split between the regions and the municipalities, to the öre.
public sealed class ContributionsTests(FundingHost host) : IClassFixture<FundingHost>
{
    [Fact]
    public async Task Sundsvall_2022_contributions_are_the_plans_figures()
    {
        var id = await host.SundsvallWith2022Async();

        var contributions = await host.Funding(Caller.ReaderOf(id)).GetContributionsAsync(new GetContributionsRequest { Name = $"federations/{id}/contributions/2022" });

        Assert.Equal(
            [
                ("Försäkringskassan", MemberKind.Forsakringskassan, 368_900_000L),
                ("Region Västernorrland", MemberKind.Region, 184_450_000L),
                ("Sundsvalls kommun", MemberKind.Municipality, 184_450_000L),
            ],
            contributions.Members.Select(m => (m.DisplayName, m.Kind, m.AmountOre)));
        Assert.Equal((737_800_000L, 368_900_000L, 184_450_000L, 184_450_000L), (contributions.TotalOre, contributions.StateOre, contributions.RegionsOre, contributions.MunicipalitiesOre));
        Assert.Equal(($"federations/{id}/allocations/2022", AllocationStatus.Decided), (contributions.Allocation, contributions.AllocationStatus));
    }

    [Fact]
    public async Task One_region_and_two_municipalities_split_by_population_add_up_to_the_ore()
    {
        var id = Federations.NewId();
        await host.Funding().CreateFederationAsync(new CreateFederationRequest
        {
            FederationId = id,
            Federation = new Federation
            {
                DisplayName = "Samordningsförbundet Tvåkommun",
                MunicipalShareBasis = ShareBasis.Population,
                Members =
                {
                    new Member { MemberId = "fk", Kind = MemberKind.Forsakringskassan, DisplayName = "Försäkringskassan" },
                    new Member { MemberId = "region", Kind = MemberKind.Region, DisplayName = "Region Norr" },
                    new Member { MemberId = "storstad", Kind = MemberKind.Municipality, DisplayName = "Storstads kommun", Population = 99_001 },
                    new Member { MemberId = "lillby", Kind = MemberKind.Municipality, DisplayName = "Lillby kommun", Population = 24_317 },
                },
            },
        });
        // An odd öre amount, so that both the halves and the municipal split leave remainders.
        const long state = 250_000_003;
        await host.Funding().CreateAllocationAsync(new CreateAllocationRequest { Parent = $"federations/{id}", Allocation = new Allocation { Year = 2025, StateAmountOre = state } });

        var contributions = await host.Funding().GetContributionsAsync(new GetContributionsRequest { Name = $"federations/{id}/contributions/2025" });

        var amounts = contributions.Members.ToDictionary(m => m.MemberId, m => m.AmountOre);
        // 125 000 001 öre split 99 001 : 24 317, the rounding öre to the larger.
        Assert.Equal(
            new Dictionary<string, long> { ["fk"] = state, ["region"] = 125_000_002, ["storstad"] = 100_351_329, ["lillby"] = 24_648_672 },
            amounts);
        Assert.Equal(2 * state, contributions.TotalOre);
        Assert.Equal(AllocationStatus.Preliminary, contributions.AllocationStatus);
    }

    [Fact]
    public async Task Agreed_shares_split_the_municipal_quarter_as_the_charter_says()
    {
        var id = Federations.NewId();
        await host.Funding().CreateFederationAsync(new CreateFederationRequest { FederationId = id, Federation = Federations.WithAgreedShares(6_000, 4_000) });
        await host.Funding().CreateAllocationAsync(new CreateAllocationRequest { Parent = $"federations/{id}", Allocation = new Allocation { Year = 2022, StateAmountOre = 100_000_000 } });

        var contributions = await host.Funding().GetContributionsAsync(new GetContributionsRequest { Name = $"federations/{id}/contributions/2022" });

        Assert.Equal(
            [("forsakringskassan", 100_000_000L), ("region-vasternorrland", 50_000_000L), ("sundsvalls-kommun", 30_000_000L), ("timra-kommun", 20_000_000L)],
            contributions.Members.Select(m => (m.MemberId, m.AmountOre)));
    }
}
