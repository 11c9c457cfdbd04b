using Finsam.Web.Formatting;

namespace Finsam.Web.Tests.Formatting;

public sealed class SwedishDatesTests
{
    [Fact]
    public void A_date_reads_as_the_plans_print_it() =>
        Assert.Equal("26 november 2021", SwedishDates.Long(new DateOnly(2021, 11, 26)));

    [Fact]
    public void A_moment_is_shown_in_Swedish_time() =>
        Assert.Equal("2026-07-01 14:30", SwedishDates.Short(new DateTimeOffset(2026, 7, 1, 12, 30, 0, TimeSpan.Zero)));
}
