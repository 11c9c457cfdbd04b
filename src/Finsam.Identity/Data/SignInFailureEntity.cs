namespace Finsam.Identity.Data;

// A run of wrong passwords (SignIn.FailureRun) for a username or a client address, kept in
// the database so every replica of identity counts the same run and honours the same lock.
public sealed class SignInFailureEntity
{
    public const string Account = "account";
    public const string Address = "address";

    // Account (the username, lower-cased) or Address.
    public required string Kind { get; init; }

    public required string Key { get; init; }

    public int Count { get; set; }

    public DateTimeOffset Since { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    // When the run is over and the row may go (FailureRun.Ends).
    public DateTimeOffset Ends { get; set; }
}
