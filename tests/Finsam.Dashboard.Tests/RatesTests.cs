using Finsam.Dashboard.Telemetry;

namespace Finsam.Dashboard.Tests;

public sealed class RatesTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static MetricPoint At(double seconds, double value) => new(Start.AddSeconds(seconds), value);

    [Fact]
    public void A_cumulative_counter_becomes_a_rate_per_second() =>
        Assert.Equal([10.0, 0.0, 2.5], Rates.PerSecond([At(0, 100), At(1, 110), At(2, 110), At(4, 115)]).Select(p => p.Value));

    [Fact]
    public void A_counter_that_starts_again_counts_from_zero() =>
        Assert.Equal([5.0, 3.0], Rates.PerSecond([At(0, 100), At(2, 110), At(3, 3)]).Select(p => p.Value));

    [Fact]
    public void One_point_is_no_rate_yet() => Assert.Empty(Rates.PerSecond([At(0, 1)]));
}
