using Finsam.Contracts.Funding.V1;
using Finsam.SystemTests.Infrastructure;

namespace Finsam.SystemTests.Funding;

[Collection(SystemCollection.Name)]
public sealed class ContributionsOverGrpcTests(FinsamSystem system)
{
    private readonly FundingService.FundingServiceClient _funding = system.Funding;

    [Fact]
    public async Task Sundsvall_2022_contributions_are_the_plans_figures()
    {
        var id = Federations.NewId("sundsvall");
        await _funding.CreateFederationAsync(new CreateFederationRequest { FederationId = id, Federation = Federations.Sundsvall() });
        await _funding.CreateAllocationAsync(new CreateAllocationRequest
        {
            Parent = $"federations/{id}",
            Allocation = new Allocation { Year = 2022, StateAmountOre = Federations.Sundsvall2022StateOre, Status = AllocationStatus.Decided },
        });

        var contributions = await _funding.GetContributionsAsync(new GetContributionsRequest { Name = $"federations/{id}/contributions/2022" });

        Assert.Equal(
            [
                ("Försäkringskassan", MemberKind.Forsakringskassan, 368_900_000L),
                ("Region Västernorrland", MemberKind.Region, 184_450_000L),
                ("Sundsvalls kommun", MemberKind.Municipality, 184_450_000L),
            ],
            contributions.Members.Select(m => (m.DisplayName, m.Kind, m.AmountOre)));
        Assert.Equal(737_800_000, contributions.TotalOre);
        Assert.Equal($"federations/{id}/allocations/2022", contributions.Allocation);
        Assert.Equal(AllocationStatus.Decided, contributions.AllocationStatus);
    }

    [Fact]
    public async Task One_region_and_two_municipalities_split_by_population_add_up_to_the_ore()
    {
        var id = Federations.NewId();
        await _funding.CreateFederationAsync(new CreateFederationRequest
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
        await _funding.CreateAllocationAsync(new CreateAllocationRequest
        {
            Parent = $"federations/{id}",
            Allocation = new Allocation { Year = 2025, StateAmountOre = state },
        });

        var contributions = await _funding.GetContributionsAsync(new GetContributionsRequest { Name = $"federations/{id}/contributions/2025" });

        var amounts = contributions.Members.ToDictionary(m => m.MemberId, m => m.AmountOre);
        Assert.Equal(state, amounts["fk"]);
        Assert.Equal(state, amounts["region"] + amounts["storstad"] + amounts["lillby"]);
        Assert.Equal(2 * state, contributions.Members.Sum(m => m.AmountOre));
        Assert.Equal(contributions.MunicipalitiesOre, amounts["storstad"] + amounts["lillby"]);
        // 125 000 001 öre split 99 001 : 24 317, the rounding öre to the larger.
        Assert.Equal(125_000_002, amounts["region"]);
        Assert.Equal(100_351_329, amounts["storstad"]);
        Assert.Equal(24_648_672, amounts["lillby"]);
        Assert.Equal(AllocationStatus.Preliminary, contributions.AllocationStatus);
    }

    [Fact]
    public async Task Contributions_follow_a_revised_allocation()
    {
        var id = Federations.NewId();
        await _funding.CreateFederationAsync(new CreateFederationRequest { FederationId = id, Federation = Federations.Sundsvall() });
        var allocation = await _funding.CreateAllocationAsync(new CreateAllocationRequest
        {
            Parent = $"federations/{id}",
            Allocation = new Allocation { Year = 2022, StateAmountOre = 300_000_000, Status = AllocationStatus.Preliminary },
        });

        allocation.StateAmountOre = Federations.Sundsvall2022StateOre;
        allocation.Status = AllocationStatus.Decided;
        await _funding.UpdateAllocationAsync(new UpdateAllocationRequest { Allocation = allocation });

        var contributions = await _funding.GetContributionsAsync(new GetContributionsRequest { Name = $"federations/{id}/contributions/2022" });
        Assert.Equal(737_800_000, contributions.TotalOre);
        Assert.Equal(AllocationStatus.Decided, contributions.AllocationStatus);
    }
}
