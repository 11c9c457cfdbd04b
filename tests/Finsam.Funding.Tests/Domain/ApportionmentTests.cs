using Finsam.Funding.Domain;
using FsCheck;
using FsCheck.Xunit;

namespace Finsam.Funding.Tests.Domain;

public sealed class ApportionmentTests
{
    [Property(MaxTest = 500)]
    public bool Parts_add_up_to_the_amount_to_the_ore(NonNegativeInt high, NonNegativeInt low, NonEmptyArray<PositiveInt> weights)
    {
        var amount = high.Get * 1_000_003L + low.Get;
        var parts = Apportionment.Split(amount, weights.Get.Select(w => (long)w.Get).ToList());
        return parts.Sum() == amount;
    }

    [Property(MaxTest = 500)]
    public bool Every_part_but_the_largest_is_its_exact_share_rounded_down(NonNegativeInt high, NonNegativeInt low, NonEmptyArray<PositiveInt> weights)
    {
        var amount = high.Get * 1_000_003L + low.Get;
        var w = weights.Get.Select(x => (long)x.Get).ToList();
        var parts = Apportionment.Split(amount, w);
        var largest = w.IndexOf(w.Max());
        var total = w.Sum();
        return parts.Select((part, i) => i == largest || part == (long)((Int128)amount * w[i] / total)).All(ok => ok);
    }

    [Fact]
    public void The_remainder_goes_to_the_largest_weight_and_the_first_of_equals()
    {
        Assert.Equal([25, 51, 25], Apportionment.Split(101, [1, 2, 1]));
        Assert.Equal([34, 33, 33], Apportionment.Split(100, [5, 5, 5]));
    }

    [Fact]
    public void Large_amounts_times_large_populations_do_not_overflow()
    {
        var parts = Apportionment.Split(9_000_000_000_000, [2_000_000_000, 1_000_000_000]);
        Assert.Equal([6_000_000_000_000, 3_000_000_000_000], parts);
    }

    [Fact]
    public void Weights_that_add_up_to_zero_cannot_split_anything()
    {
        Assert.Throws<ArgumentException>(() => Apportionment.Split(100, [0, 0]));
    }
}
