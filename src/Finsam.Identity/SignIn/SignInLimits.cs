namespace Finsam.Identity.SignIn;

// Section "Identity:SignIn": how many wrong passwords an account, and a client address,
// may send before password sign-in stops answering them for a while.
public sealed class SignInLimits
{
    public const string Section = "Identity:SignIn";

    // Failures in a row for one username (known or not) before it is locked.
    public int AccountFailures { get; set; } = 5;

    // Failures from one client address, across usernames, before it is locked.
    public int AddressFailures { get; set; } = 20;

    // Failures count within this window from the first of a run.
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    // How long a locked username or address is refused, even with the right password.
    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(15);

    // A wrong password is answered this much later for each earlier failure in a row
    // (doubling), so guessing slows before the lock.
    public TimeSpan BackOff { get; set; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan MaxBackOff { get; set; } = TimeSpan.FromSeconds(4);
}
