using Finsam.Identity.SignIn;

namespace Finsam.Identity.Tests;

public sealed class FailureRunTests
{
    private static readonly DateTimeOffset Morning = new(2026, 1, 1, 8, 0, 0, TimeSpan.Zero);

    private static readonly SignInLimits Limits = new()
    {
        Window = TimeSpan.FromMinutes(10),
        Lockout = TimeSpan.FromMinutes(15),
        BackOff = TimeSpan.FromMilliseconds(250),
        MaxBackOff = TimeSpan.FromSeconds(1),
    };

    [Fact]
    public void The_answer_to_each_failure_in_a_row_waits_twice_as_long_up_to_the_most()
    {
        Assert.Equal([0, 0, 250, 500, 1000, 1000, 1000],
            Enumerable.Range(0, 7).Select(inARow => (int)FailureRun.BackOff(inARow, Limits).TotalMilliseconds));
    }

    [Fact]
    public void The_failure_that_reaches_the_limit_locks_for_the_lockout_and_then_a_run_starts_afresh()
    {
        FailureRun? run = null;
        for (var failure = 1; failure <= 3; failure++)
        {
            run = FailureRun.After(run, limit: 3, Morning.AddMinutes(failure), Limits);
            Assert.Equal((failure, failure == 3), (run.Count, run.IsLocked(Morning.AddMinutes(failure))));
        }
        Assert.Equal(Morning.AddMinutes(3 + 15), run!.LockedUntil);
        Assert.Equal(run.LockedUntil, run.Ends(Limits.Window));
        Assert.True(run.IsLocked(Morning.AddMinutes(17)));
        Assert.False(run.IsLocked(Morning.AddMinutes(18)));

        var afresh = FailureRun.After(run, limit: 3, Morning.AddMinutes(18), Limits);
        Assert.Equal(new FailureRun(1, Morning.AddMinutes(18), null), afresh);
    }

    [Fact]
    public void Failures_further_apart_than_the_window_do_not_add_up()
    {
        var first = FailureRun.After(null, limit: 3, Morning, Limits);
        var second = FailureRun.After(first, limit: 3, Morning.AddMinutes(9), Limits);
        Assert.Equal(2, second.Count);
        Assert.Equal(Morning.AddMinutes(10), second.Ends(Limits.Window));

        var late = FailureRun.After(second, limit: 3, Morning.AddMinutes(11), Limits);
        Assert.Equal(new FailureRun(1, Morning.AddMinutes(11), null), late);
    }
}
