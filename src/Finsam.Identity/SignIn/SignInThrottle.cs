using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Finsam.Identity.SignIn;

// Counts failed password sign-ins per username and per client address, in memory (one
// identity replica's view; a restart forgets). A username is counted whether or not it
// has an account, so a lock tells nothing about who has one.
public sealed class SignInThrottle(IOptions<SignInLimits> options, TimeProvider clock)
{
    // Past this many tracked names and addresses, expired entries are swept on the next failure.
    private const int SweepAbove = 10_000;

    private readonly SignInLimits _limits = options.Value;
    private readonly ConcurrentDictionary<string, Failures> _accounts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Failures> _addresses = new(StringComparer.Ordinal);

    public SignInRefusal? Check(string username, string address)
    {
        var now = clock.GetUtcNow();
        if (IsLocked(_addresses, address, now))
        {
            return SignInRefusal.AddressLocked;
        }
        return IsLocked(_accounts, username, now) ? SignInRefusal.AccountLocked : null;
    }

    // Records a wrong password and says how long to hold the answer back.
    public TimeSpan Failed(string username, string address)
    {
        var now = clock.GetUtcNow();
        Sweep(now);
        Count(_addresses, address, _limits.AddressFailures, now);
        var inARow = Count(_accounts, username, _limits.AccountFailures, now);
        if (inARow < 2)
        {
            return TimeSpan.Zero;
        }
        var backOff = _limits.BackOff * Math.Pow(2, Math.Min(inARow - 2, 16));
        return backOff < _limits.MaxBackOff ? backOff : _limits.MaxBackOff;
    }

    // A right password clears the account's run of failures, not the address's.
    public void Succeeded(string username) => _accounts.TryRemove(username, out _);

    private static bool IsLocked(ConcurrentDictionary<string, Failures> counts, string key, DateTimeOffset now) =>
        counts.TryGetValue(key, out var failures) && failures.LockedUntil > now;

    // The failure that reaches the limit locks for Lockout; once a lock or the window has
    // passed, counting starts afresh.
    private int Count(ConcurrentDictionary<string, Failures> counts, string key, int limit, DateTimeOffset now) =>
        counts.AddOrUpdate(key,
            _ => Next(new Failures(0, now, DateTimeOffset.MinValue), limit, now),
            (_, earlier) => Next(IsCurrent(earlier, now) ? earlier : new Failures(0, now, DateTimeOffset.MinValue), limit, now)).Count;

    private Failures Next(Failures earlier, int limit, DateTimeOffset now) => (earlier.Count + 1) switch
    {
        var count when count >= limit => new Failures(count, earlier.Since, now + _limits.Lockout),
        var count => earlier with { Count = count },
    };

    private bool IsCurrent(Failures failures, DateTimeOffset now) =>
        failures.LockedUntil > now || (failures.LockedUntil == DateTimeOffset.MinValue && failures.Since > now - _limits.Window);

    private void Sweep(DateTimeOffset now)
    {
        foreach (var counts in new[] { _accounts, _addresses })
        {
            if (counts.Count <= SweepAbove)
            {
                continue;
            }
            foreach (var (key, failures) in counts)
            {
                if (!IsCurrent(failures, now))
                {
                    counts.TryRemove(key, out _);
                }
            }
        }
    }

    // A run of failures: how many, since when (the window starts at the first) and, once
    // the limit is reached, until when the key is locked.
    private sealed record Failures(int Count, DateTimeOffset Since, DateTimeOffset LockedUntil);
}
