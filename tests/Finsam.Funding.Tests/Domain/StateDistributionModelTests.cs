using Finsam.Funding.Domain;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Finsam.Funding.Tests.Domain;

public sealed class StateDistributionModelTests
{
    private static DistributionParameters Model(long total, int? maxFall = null) => new(total, 40_000_000, 7_500, maxFall);

    [Fact]
    public void Each_federation_gets_the_base_amount_and_the_rest_goes_75_25_by_support_and_population()
    {
        var amounts = StateDistributionModel.Distribute(Model(180_000_000),
        [
            new("a", Population16To64: 100, SupportMeasure: 300, LastYearOre: 0),
            new("b", Population16To64: 300, SupportMeasure: 100, LastYearOre: 0),
        ]);

        // Rest 100 000 000: 75 000 000 split 3:1, 25 000 000 split 1:3.
        Assert.Equal(40_000_000 + 56_250_000 + 6_250_000, amounts["a"]);
        Assert.Equal(40_000_000 + 18_750_000 + 18_750_000, amounts["b"]);
    }

    [Fact]
    public void The_brake_holds_a_federation_at_its_floor_and_takes_the_cost_from_the_others_in_proportion()
    {
        FederationMeasures[] federations =
        [
            new("falling", 100, 100, LastYearOre: 100_000_000),
            new("b", 100, 100, LastYearOre: 0),
            new("c", 300, 300, LastYearOre: 0),
        ];
        var unbraked = StateDistributionModel.Distribute(Model(220_000_000), federations);
        var braked = StateDistributionModel.Distribute(Model(220_000_000, maxFall: 1_000), federations);

        Assert.True(unbraked["falling"] < 90_000_000);
        Assert.Equal(90_000_000, braked["falling"]);
        var cost = braked["falling"] - unbraked["falling"];
        Assert.Equal(cost, (unbraked["b"] - braked["b"]) + (unbraked["c"] - braked["c"]));
        // Each gives in proportion to its amount: c has about twice b's amount (base amounts included).
        var ratio = (decimal)(unbraked["c"] - braked["c"]) / (unbraked["b"] - braked["b"]);
        Assert.InRange(ratio, (decimal)unbraked["c"] / unbraked["b"] - 0.01m, (decimal)unbraked["c"] / unbraked["b"] + 0.01m);
    }

    [Fact]
    public void Floors_that_need_more_than_there_is_are_refused()
    {
        Assert.Throws<FundingRuleException>(() => StateDistributionModel.Distribute(Model(100_000_000, maxFall: 0),
            [new("a", 1, 1, 60_000_000), new("b", 1, 1, 60_000_000)]));
    }

    private static FederationMeasures[] Measures(NonEmptyArray<PositiveInt> populations, NonEmptyArray<PositiveInt> supports, NonEmptyArray<NonNegativeInt> lastYears) =>
        populations.Get.Select((population, i) => new FederationMeasures(
            $"f{i}",
            population.Get,
            supports.Get[i % supports.Get.Length].Get,
            lastYears.Get[i % lastYears.Get.Length].Get * 1_000L)).ToArray();

    [Property(MaxTest = 300)]
    public bool The_distribution_always_adds_up_to_the_national_total(
        NonEmptyArray<PositiveInt> populations, NonEmptyArray<PositiveInt> supports, NonEmptyArray<NonNegativeInt> lastYears, PositiveInt extra)
    {
        var federations = Measures(populations, supports, lastYears);
        var total = federations.Length * 40_000_000L + extra.Get * 997L;
        return StateDistributionModel.Distribute(Model(total), federations).Values.Sum() == total;
    }

    [Property(MaxTest = 300)]
    public Property With_the_brake_no_federation_falls_more_than_allowed_and_the_total_still_adds_up(
        NonEmptyArray<PositiveInt> populations, NonEmptyArray<PositiveInt> supports, NonEmptyArray<NonNegativeInt> lastYears, PositiveInt extra)
    {
        var federations = Measures(populations, supports, lastYears);
        const int maxFall = 500;
        var total = federations.Length * 40_000_000L + extra.Get * 997L;
        var feasible = federations.Sum(f => StateDistributionModel.Floor(f.LastYearOre, maxFall)) <= total;

        return Prop.When(feasible, () =>
        {
            var amounts = StateDistributionModel.Distribute(Model(total, maxFall), federations);
            return amounts.Values.Sum() == total
                && federations.All(f => amounts[f.FederationId] >= StateDistributionModel.Floor(f.LastYearOre, maxFall));
        });
    }
}
