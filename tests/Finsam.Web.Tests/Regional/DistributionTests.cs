using Finsam.Contracts.Funding.V1;
using Finsam.Web.Components.Regional;

namespace Finsam.Web.Tests.Regional;

public sealed class DistributionTests
{
    private static readonly DistributionEntry[] Entries =
    [
        new("federations/norr", "Norr") { Population16To64 = 40_000, SupportMeasure = 900, LastYearOre = 900_000_000 },
        new("federations/syd", "Syd") { Population16To64 = 150_000, SupportMeasure = 4_500 },
    ];

    [Fact]
    public void Without_a_brake_the_model_is_asked_once_with_every_federations_measures()
    {
        var (unbraked, braked) = DistributionRequests.For(3_000_000_000, 40_000_000, 7_000, null, Entries);
        Assert.Null(braked);
        Assert.False(unbraked.HasMaxFallBasisPoints);
        Assert.Equal((3_000_000_000, 40_000_000, 7_000), (unbraked.NationalTotalOre, unbraked.BaseAmountOre, unbraked.SupportShareBasisPoints));
        Assert.Equal(
            [("federations/norr", 40_000L, 900L, 900_000_000L), ("federations/syd", 150_000L, 4_500L, 0L)],
            unbraked.Federations.Select(f => (f.Federation, f.Population1664, f.SupportMeasure, f.LastYearOre)));
    }

    [Fact]
    public void With_a_brake_the_second_request_differs_only_by_it()
    {
        var (unbraked, braked) = DistributionRequests.For(3_000_000_000, 40_000_000, 7_000, 500, Entries);
        Assert.NotNull(braked);
        Assert.False(unbraked.HasMaxFallBasisPoints);
        Assert.Equal(500, braked.MaxFallBasisPoints);
        var withoutTheBrake = braked.Clone();
        withoutTheBrake.ClearMaxFallBasisPoints();
        Assert.Equal(unbraked, withoutTheBrake);
    }

    [Fact]
    public void Each_federation_gets_its_own_shares_in_the_order_entered()
    {
        var unbraked = new DistributeStateAllocationResponse
        {
            Shares =
            {
                new FederationShare { Federation = "federations/syd", AmountOre = 2_000, ChangeFromLastYearOre = 2_000 },
                new FederationShare { Federation = "federations/norr", AmountOre = 1_000, ChangeFromLastYearOre = -899_999_000 },
            },
        };
        var braked = new DistributeStateAllocationResponse
        {
            Shares =
            {
                new FederationShare { Federation = "federations/norr", AmountOre = 1_500, ChangeFromLastYearOre = -5 },
                new FederationShare { Federation = "federations/syd", AmountOre = 1_500, ChangeFromLastYearOre = 1_500 },
            },
        };
        var rows = DistributionOutcome.Combine(Entries, unbraked, braked);
        Assert.Equal([("Norr", 1_000L, 1_500L), ("Syd", 2_000L, 1_500L)], rows.Select(row => (row.DisplayName, row.Unbraked.AmountOre, row.Braked!.AmountOre)));
        Assert.All(DistributionOutcome.Combine(Entries, unbraked, null), row => Assert.Null(row.Braked));
    }
}
