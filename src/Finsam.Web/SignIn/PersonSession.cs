using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace Finsam.Web.SignIn;

// The signed-in person of this circuit (or request): their access token, renewed when it is
// about to lapse, for the calls the app makes on their behalf.
public sealed class PersonSession(
    AuthenticationStateProvider authentication, SignedInSessions sessions, TokenRenewal renewal, TimeProvider clock)
{
    public async Task<string> AccessTokenAsync(CancellationToken ct = default) =>
        await AccessTokenAsync((await authentication.GetAuthenticationStateAsync()).User, ct);

    // For a plain request outside a circuit (a file download), by the request's own user.
    public async Task<string> AccessTokenAsync(ClaimsPrincipal person, CancellationToken ct)
    {
        var key = person.FindFirst(SignInClaims.SessionKey)?.Value ?? throw new SessionEndedException();
        var tokens = await sessions.FindAsync(key, ct) ?? throw new SessionEndedException();
        if (!tokens.NeedsRenewal(clock.GetUtcNow()))
        {
            return tokens.AccessToken;
        }
        var renewed = await sessions.RenewAsync(key, renewal.RenewAsync, ct) ?? throw new SessionEndedException();
        return renewed.AccessToken;
    }
}
