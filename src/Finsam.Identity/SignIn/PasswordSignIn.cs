using System.Diagnostics.CodeAnalysis;
using System.Net;
using Finsam.Identity.Data;

namespace Finsam.Identity.SignIn;

// A person signing in with a password on the sign-in page (the only place a password is
// taken since the password grant was retired): the lockout per username and per address,
// the back-off and the check against a stand-in hash.
public sealed class PasswordSignIn(PersonStore people, PasswordCheck passwords, SignInThrottle throttle)
{
    // address: the caller's own (the gateway forwards it, X-Forwarded-For).
    public async Task<Outcome> SignInAsync(string username, string password, IPAddress? callerAddress, CancellationToken ct)
    {
        var address = callerAddress?.ToString() ?? "";
        if (await throttle.CheckAsync(username, address, ct) is { } locked)
        {
            return new Outcome(null, locked);
        }

        var person = await people.FindAsync(username, ct);
        if (!passwords.IsRight(person, password))
        {
            await Task.Delay(await throttle.FailedAsync(username, address, ct), ct);
            return new Outcome(null, SignInRefusal.WrongPassword);
        }
        await throttle.SucceededAsync(username, ct);
        return new Outcome(person, null);
    }

    // The person signed in, or why not.
    public sealed record Outcome(PersonEntity? Person, SignInRefusal? Refusal)
    {
        [MemberNotNullWhen(true, nameof(Person))]
        [MemberNotNullWhen(false, nameof(Refusal))]
        public bool SignedIn => Person is not null;
    }
}
