namespace Finsam.Grants.Tests.Validation;

// A clock stopped at one moment, so that "now + 10 years" is a known year.
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly FixedClock In2025 = new(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
