namespace Finsam.Identity.SignIn;

// A run of wrong passwords for one username or one client address: how many, since when (the
// window starts at the first) and, once the limit is reached, until when it is locked. The
// rules alone; SignInThrottle keeps the runs where every replica of identity counts them.
public sealed record FailureRun(int Count, DateTimeOffset Since, DateTimeOffset? LockedUntil)
{
    public bool IsLocked(DateTimeOffset now) => LockedUntil > now;

    // Still counting: locked, or within the window of its first failure. A run that is not is
    // as if there were none.
    public bool IsCurrent(DateTimeOffset now, TimeSpan window) =>
        LockedUntil is { } until ? until > now : Since > now - window;

    // When nothing is left of it: the lock's end, or else the window's.
    public DateTimeOffset Ends(TimeSpan window) => LockedUntil ?? Since + window;

    // The run after one more failure. The failure that reaches the limit locks for the
    // lockout; once a lock or the window has passed, counting starts afresh.
    public static FailureRun After(FailureRun? earlier, int limit, DateTimeOffset now, SignInLimits limits)
    {
        var run = earlier is not null && earlier.IsCurrent(now, limits.Window) ? earlier : new FailureRun(0, now, null);
        var count = run.Count + 1;
        return count >= limit ? run with { Count = count, LockedUntil = now + limits.Lockout } : run with { Count = count };
    }

    // How long to hold back the answer to a username's failure in a row: nothing for the
    // first, then the back-off doubling with each, up to the most.
    public static TimeSpan BackOff(int inARow, SignInLimits limits)
    {
        if (inARow < 2)
        {
            return TimeSpan.Zero;
        }
        var backOff = limits.BackOff * Math.Pow(2, Math.Min(inARow - 2, 16));
        return backOff < limits.MaxBackOff ? backOff : limits.MaxBackOff;
    }
}
