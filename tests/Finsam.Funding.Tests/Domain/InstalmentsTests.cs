using Finsam.Funding.Domain;
using FsCheck;
using FsCheck.Xunit;

namespace Finsam.Funding.Tests.Domain;

public sealed class InstalmentsTests
{
    [Fact]
    public void Quarterly_instalments_fall_due_at_the_end_of_each_quarters_first_month()
    {
        var schedule = Instalments.Schedule(2022, InstalmentFrequency.Quarterly, 184_450_001);

        Assert.Equal(
            [
                (1, new DateOnly(2022, 1, 31), 46_112_501L),
                (2, new DateOnly(2022, 4, 30), 46_112_500L),
                (3, new DateOnly(2022, 7, 31), 46_112_500L),
                (4, new DateOnly(2022, 10, 31), 46_112_500L),
            ],
            schedule.Select(i => (i.Number, i.DueDate, i.AmountOre)));
    }

    [Fact]
    public void Half_yearly_and_yearly_plans()
    {
        Assert.Equal([new DateOnly(2023, 1, 31), new DateOnly(2023, 7, 31)], Instalments.Schedule(2023, InstalmentFrequency.HalfYearly, 10).Select(i => i.DueDate));
        Assert.Equal([(1, 10L)], Instalments.Schedule(2023, InstalmentFrequency.Yearly, 10).Select(i => (i.Number, i.AmountOre)));
    }

    [Property(MaxTest = 300)]
    public bool Instalments_add_up_to_the_contribution_and_differ_by_at_most_the_remainder(NonNegativeInt high, NonNegativeInt low)
    {
        var amount = high.Get * 1_009L + low.Get;
        return Enum.GetValues<InstalmentFrequency>().All(frequency =>
        {
            var parts = Instalments.Schedule(2024, frequency, amount).Select(i => i.AmountOre).ToList();
            return parts.Sum() == amount && parts.Max() - parts.Min() < (int)frequency;
        });
    }
}
