using Finsam.Identity.SignIn;
using Microsoft.Extensions.Options;

namespace Finsam.Identity.Tests;

public sealed class SignInThrottleTests
{
    private readonly ManualClock _clock = new();
    private readonly SignInThrottle _throttle;

    public SignInThrottleTests() => _throttle = new SignInThrottle(Options.Create(new SignInLimits
    {
        AccountFailures = 3,
        AddressFailures = 5,
        Window = TimeSpan.FromMinutes(10),
        Lockout = TimeSpan.FromMinutes(15),
        BackOff = TimeSpan.FromMilliseconds(250),
        MaxBackOff = TimeSpan.FromSeconds(1),
    }), _clock);

    [Fact]
    public void The_answer_to_each_failure_in_a_row_waits_twice_as_long_up_to_the_most()
    {
        var waits = Enumerable.Range(0, 2).Select(_ => _throttle.Failed("anna", "a1"))
            .Concat(Enumerable.Range(0, 4).Select(_ => _throttle.Failed("bertil", "a2")))
            .ToList();

        Assert.Equal([0, 250, 0, 250, 500, 1000], waits.Select(w => (int)w.TotalMilliseconds));
    }

    [Fact]
    public void A_username_is_locked_at_its_limit_for_the_lockout_then_counts_afresh()
    {
        _throttle.Failed("anna", "a1");
        _throttle.Failed("anna", "a2");
        Assert.Null(_throttle.Check("anna", "a3"));

        _throttle.Failed("ANNA", "a3");
        Assert.Equal(SignInRefusal.AccountLocked, _throttle.Check("anna", "a4"));
        Assert.Null(_throttle.Check("bertil", "a4"));

        _clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Null(_throttle.Check("anna", "a4"));
        _throttle.Failed("anna", "a4");
        Assert.Null(_throttle.Check("anna", "a4"));
    }

    [Fact]
    public void Failures_spread_wider_than_the_window_do_not_add_up_and_success_clears_the_run()
    {
        _throttle.Failed("anna", "a1");
        _throttle.Failed("anna", "a2");
        _clock.Advance(TimeSpan.FromMinutes(11));
        _throttle.Failed("anna", "a3");
        Assert.Null(_throttle.Check("anna", "a4"));

        _throttle.Failed("anna", "a4");
        _throttle.Succeeded("anna");
        _throttle.Failed("anna", "a5");
        Assert.Null(_throttle.Check("anna", "a6"));
    }

    [Fact]
    public void An_address_is_locked_across_usernames_and_a_success_does_not_clear_it()
    {
        for (var i = 0; i < 5; i++)
        {
            _throttle.Failed($"gissning-{i}", "10.0.0.1");
        }
        _throttle.Succeeded("gissning-4");

        Assert.Equal(SignInRefusal.AddressLocked, _throttle.Check("anna", "10.0.0.1"));
        Assert.Null(_throttle.Check("anna", "10.0.0.2"));
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 1, 1, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
