using Finsam.Hosting.Restarts;

namespace Finsam.Hosting.Tests;

public sealed class RestartBackoffTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Crashes_in_a_row_wait_twice_as_long_each_time_up_to_the_longest()
    {
        var backoff = new RestartBackoff();

        var delays = Enumerable.Range(0, 8).Select(i => backoff.NextDelay(Start.AddSeconds(i * 10)).TotalSeconds).ToList();

        Assert.Equal([1, 2, 4, 8, 16, 30, 30, 30], delays);
        Assert.Equal(8, backoff.Restarts);
    }

    [Fact]
    public void A_process_that_ran_for_a_while_before_crashing_again_starts_the_wait_afresh_but_keeps_its_count()
    {
        var backoff = new RestartBackoff(settled: TimeSpan.FromMinutes(2), longest: TimeSpan.FromSeconds(30));
        backoff.NextDelay(Start);
        backoff.NextDelay(Start.AddSeconds(5));

        var afterCalm = backoff.NextDelay(Start.AddMinutes(10));

        Assert.Equal(TimeSpan.FromSeconds(1), afterCalm);
        Assert.Equal(3, backoff.Restarts);
    }
}
