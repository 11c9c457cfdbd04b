using Finsam.Grants.Domain;

namespace Finsam.Grants.Tests.Domain;

public sealed class EffortPeriodTests
{
    [Fact]
    public void A_year_is_in_the_period_when_any_day_of_it_is()
    {
        var period = new EffortPeriod(new DateOnly(2022, 7, 1), new DateOnly(2023, 2, 28));

        Assert.Equal([false, true, true, false], new[] { 2021, 2022, 2023, 2024 }.Select(period.Includes));
        Assert.Equal("from 2022-07-01 to 2023-02-28", period.Describe());
    }

    [Fact]
    public void An_open_start_or_end_takes_in_every_year_on_that_side()
    {
        Assert.True(new EffortPeriod(null, null).Includes(2004));
        Assert.Equal([false, true, true], new[] { 2021, 2022, 2030 }.Select(new EffortPeriod(new DateOnly(2022, 1, 1), null).Includes));
        Assert.Equal([true, true, false], new[] { 2004, 2023, 2024 }.Select(new EffortPeriod(null, new DateOnly(2023, 12, 31)).Includes));
        Assert.Equal("until 2023-12-31", new EffortPeriod(null, new DateOnly(2023, 12, 31)).Describe());
    }
}
