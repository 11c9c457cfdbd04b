using Finsam.Contracts.Funding.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Grpc.Core;

namespace Finsam.Funding.Tests.Functional;

// The state's model: the national total shared between the federations, for the region.
public sealed class DistributionTests(FundingHost host) : IClassFixture<FundingHost>
{
    [Fact]
    public async Task The_state_model_over_eighty_federations_adds_up_to_the_ore_with_and_without_the_brake()
    {
        var random = new Random(2016);
        var request = new DistributeStateAllocationRequest { NationalTotalOre = 38_000_000_037 };
        for (var i = 0; i < 80; i++)
        {
            request.Federations.Add(new FederationMeasures
            {
                Federation = $"federations/f{i:00}",
                Population1664 = random.Next(5_000, 400_000),
                SupportMeasure = random.Next(500, 60_000),
                LastYearOre = random.NextInt64(100_000_000, 900_000_000),
            });
        }

        var unbraked = await host.Funding().DistributeStateAllocationAsync(request);
        request.MaxFallBasisPoints = 500;
        var braked = await host.Funding().DistributeStateAllocationAsync(request);

        Assert.Equal(request.NationalTotalOre, unbraked.Shares.Sum(s => s.AmountOre));
        Assert.Equal(request.NationalTotalOre, braked.Shares.Sum(s => s.AmountOre));
        Assert.Contains(unbraked.Shares, s => s.ChangeFromLastYearOre * 10_000 < -500 * (s.AmountOre - s.ChangeFromLastYearOre));
        Assert.All(braked.Shares, s => Assert.True(s.ChangeFromLastYearOre * 10_000 >= -500 * (s.AmountOre - s.ChangeFromLastYearOre), $"{s.Federation} fell {s.ChangeFromLastYearOre} öre"));
        Assert.All(unbraked.Shares, s => Assert.True(s.AmountOre >= 40_000_000));
    }

    [Fact]
    public async Task Bad_measures_are_named_and_only_the_region_may_distribute()
    {
        var violations = await RpcAssert.IsInvalid(() => host.Funding().DistributeStateAllocationAsync(new DistributeStateAllocationRequest
        {
            NationalTotalOre = -5,
            Federations = { new FederationMeasures { Federation = "a", Population1664 = -1, SupportMeasure = 1 } },
        }).ResponseAsync);
        var id = await host.SundsvallAsync();

        Assert.Equal(["national_total_ore", "federations[0].population_16_64"], violations);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => host.Funding(Caller.EditorOf(id)).DistributeStateAllocationAsync(new DistributeStateAllocationRequest
        {
            NationalTotalOre = 100_000_000,
            Federations = { new FederationMeasures { Federation = $"federations/{id}", Population1664 = 1, SupportMeasure = 1 } },
        }).ResponseAsync);
    }
}
