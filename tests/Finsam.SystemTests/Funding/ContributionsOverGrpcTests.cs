using Finsam.Contracts.Funding.V1;
using Finsam.SystemTests.Infrastructure;
using Grpc.Core;

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
        // The update is recorded as the decision, with the figure it decided.
        var history = await _funding.ListAnnouncementsAsync(new ListAnnouncementsRequest { Parent = allocation.Name });
        Assert.Equal(
            [(AnnouncementKind.Preliminary, 300_000_000L), (AnnouncementKind.Decision, Federations.Sundsvall2022StateOre)],
            history.Announcements.Select(a => (a.Kind, a.StateAmountOre)));
        Assert.Equal($"{allocation.Name}/announcements/2", contributions.Announcement);
    }

    [Fact]
    public async Task Income_over_years_is_each_years_contributions_and_other_income_and_a_reversed_or_too_long_range_is_refused()
    {
        var id = Federations.NewId("income");
        var parent = $"federations/{id}";
        await _funding.CreateFederationAsync(new CreateFederationRequest { FederationId = id, Federation = Federations.Sundsvall() });
        foreach (var (year, state) in new[] { (2022, Federations.Sundsvall2022StateOre), (2023, 370_000_001L), (2024, 380_000_000L) })
        {
            await _funding.CreateAllocationAsync(new CreateAllocationRequest
            {
                Parent = parent,
                Allocation = new Allocation { Year = year, StateAmountOre = state, Status = year == 2022 ? AllocationStatus.Decided : AllocationStatus.Preliminary },
            });
        }
        // Years that differ: one matched below its offer, one revised.
        await _funding.SetCommitmentAsync(new SetCommitmentRequest
        {
            Commitment = new Commitment { Name = $"{parent}/allocations/2023/commitments/sundsvalls-kommun", CommittedOre = 180_000_000 },
        });
        await _funding.AnnounceAllocationAsync(new AnnounceAllocationRequest
        {
            Allocation = $"{parent}/allocations/2024",
            Announcement = new Announcement { Kind = AnnouncementKind.Revision, StateAmountOre = 385_000_000, AnnouncedOn = "2023-10-15", Source = "Statusrapport" },
        });
        foreach (var (year, kind, ore) in new[] { (2022, OtherIncomeKind.Interest, 100L), (2022, OtherIncomeKind.ProjectGrant, 5_000_000L), (2024, OtherIncomeKind.Other, 7L), (2025, OtherIncomeKind.Interest, 9L) })
        {
            await _funding.CreateOtherIncomeAsync(new CreateOtherIncomeRequest { Parent = parent, OtherIncome = new OtherIncome { Year = year, Kind = kind, AmountOre = ore } });
        }

        var income = await GetIncome(parent, 2022, 2024);

        Assert.Equal([2022, 2023, 2024], income.Years.Select(y => y.Year));
        foreach (var year in income.Years)
        {
            Assert.Equal(await _funding.GetContributionsAsync(new GetContributionsRequest { Name = $"{parent}/contributions/{year.Year}" }), year.Contributions);
            Assert.Equal((await _funding.ListOtherIncomeAsync(new ListOtherIncomeRequest { Parent = parent, Year = year.Year })).OtherIncome, year.OtherIncome);
        }
        Assert.Equal([2, 0, 1], income.Years.Select(y => y.OtherIncome.Count));
        Assert.Equal(385_000_000, income.Years[2].Contributions.StateOre);

        // A year without an allocation fails as GetContributions does, naming the year.
        var missing = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => GetIncome(parent, 2024, 2026));
        Assert.Contains("2025", missing.Status.Detail);
        Assert.Equal(["last_year"], await RpcAssert.IsInvalid(() => GetIncome(parent, 2024, 2022)));
        Assert.Equal(["last_year"], await RpcAssert.IsInvalid(() => GetIncome(parent, 2022, 2033)));
    }

    private Task<Income> GetIncome(string parent, int firstYear, int lastYear) =>
        _funding.GetIncomeAsync(new GetIncomeRequest { Parent = parent, FirstYear = firstYear, LastYear = lastYear }).ResponseAsync;
}
