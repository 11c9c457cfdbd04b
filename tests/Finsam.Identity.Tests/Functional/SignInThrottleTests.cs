using Finsam.Identity.Data;
using Finsam.Identity.SignIn;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Finsam.Identity.Tests.Functional;

// The lockout's runs as identity's database keeps them, with a clock the test moves: what one
// replica counts, another honours (each call here has a context, as each request has, of its own).
public sealed class SignInThrottleTests(IdentityHost host) : IClassFixture<IdentityHost>
{
    private readonly ManualClock _clock = new();

    private static readonly SignInLimits Limits = new()
    {
        AccountFailures = 3,
        AddressFailures = 5,
        Window = TimeSpan.FromMinutes(10),
        Lockout = TimeSpan.FromMinutes(15),
        BackOff = TimeSpan.FromMilliseconds(250),
        MaxBackOff = TimeSpan.FromSeconds(1),
    };

    [Fact]
    public async Task A_username_is_locked_at_its_limit_whatever_its_case_for_the_lockout_then_counts_afresh()
    {
        var anna = Name("anna");
        var address = Name("a");
        Assert.Equal(TimeSpan.Zero, await FailedAsync(anna, $"{address}-1"));
        Assert.Equal(TimeSpan.FromMilliseconds(250), await FailedAsync(anna, $"{address}-2"));
        Assert.Null(await CheckAsync(anna, $"{address}-3"));

        await FailedAsync(anna.ToUpperInvariant(), $"{address}-3");
        Assert.Equal(SignInRefusal.AccountLocked, await CheckAsync(anna, $"{address}-4"));
        Assert.Null(await CheckAsync(Name("bertil"), $"{address}-4"));

        _clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Null(await CheckAsync(anna, $"{address}-4"));
        Assert.Equal(TimeSpan.Zero, await FailedAsync(anna, $"{address}-4"));
        Assert.Null(await CheckAsync(anna, $"{address}-4"));
    }

    [Fact]
    public async Task Failures_spread_wider_than_the_window_do_not_add_up_and_success_clears_the_run()
    {
        var anna = Name("anna");
        var address = Name("a");
        await FailedAsync(anna, address);
        await FailedAsync(anna, address);
        _clock.Advance(TimeSpan.FromMinutes(11));
        await FailedAsync(anna, address);
        Assert.Null(await CheckAsync(anna, Name("b")));

        await FailedAsync(anna, address);
        await UseAsync(throttle => throttle.SucceededAsync(anna, CancellationToken.None));
        await FailedAsync(anna, address);
        Assert.Null(await CheckAsync(anna, Name("b")));
    }

    [Fact]
    public async Task An_address_is_locked_across_usernames_and_a_success_does_not_clear_it()
    {
        var address = Name("10.0.0");
        for (var i = 0; i < 5; i++)
        {
            await FailedAsync(Name($"gissning-{i}"), address);
        }
        await UseAsync(throttle => throttle.SucceededAsync(Name("gissning-4"), CancellationToken.None));

        Assert.Equal(SignInRefusal.AddressLocked, await CheckAsync(Name("anna"), address));
        Assert.Null(await CheckAsync(Name("anna"), Name("10.0.1")));
    }

    [Fact]
    public async Task Failures_counted_at_once_by_many_replicas_all_count()
    {
        var anna = Name("anna");
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => FailedAsync(anna, Name($"a{i}"))));

        await using var scope = host.Services.CreateAsyncScope();
        var run = scope.ServiceProvider.GetRequiredService<IdentityDbContext>().SignInFailures
            .Single(f => f.Kind == SignInFailureEntity.Account && f.Key == anna);
        Assert.Equal(8, run.Count);
    }

    // Names of this test's own: the class's tests share one database.
    private static string Name(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    private Task<TimeSpan> FailedAsync(string username, string address) =>
        UseAsync(throttle => throttle.FailedAsync(username, address, CancellationToken.None));

    private Task<SignInRefusal?> CheckAsync(string username, string address) =>
        UseAsync(throttle => throttle.CheckAsync(username, address, CancellationToken.None));

    private async Task UseAsync(Func<SignInThrottle, Task> use) => await UseAsync(async throttle =>
    {
        await use(throttle);
        return true;
    });

    private async Task<T> UseAsync<T>(Func<SignInThrottle, Task<T>> use)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        return await use(new SignInThrottle(db, Options.Create(Limits), _clock));
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 1, 1, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
