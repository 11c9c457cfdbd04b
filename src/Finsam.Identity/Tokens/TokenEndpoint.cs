using System.Globalization;
using System.Security.Claims;
using Finsam.Identity.Data;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Finsam.Identity.Tokens;

// POST /connect/token: OpenIddict checks the request (a client's secret, an authorization
// code and its PKCE verifier, a refresh token); this decides who the caller is and which
// roles go into the access token (TokenClaims, the same for every grant). People get
// tokens only through a client app's code flow: there is no password grant.
public static class TokenEndpoint
{
    public static void MapTokenEndpoint(this WebApplication app) =>
        app.MapPost("/connect/token", IssueAsync).AllowAnonymous();

    private static async Task<IResult> IssueAsync(
        HttpContext http,
        ClientStore clients,
        PersonStore people,
        TokenClaims claims,
        IOptions<TokenServerOptions> options,
        TimeProvider clock)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The token request did not reach OpenIddict.");
        var ct = http.RequestAborted;

        ClaimsIdentity identity;
        if (request.IsClientCredentialsGrantType())
        {
            var displayName = await clients.FindDisplayNameAsync(request.ClientId!, ct)
                ?? throw new InvalidOperationException("OpenIddict accepted a client it does not know.");
            identity = await claims.NewAsync(IdentityNames.Client.Format(request.ClientId!), displayName, scopes: [], signedInAt: null, ct);
        }
        else if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            // The person the code or the refresh token was issued for, as OpenIddict read it.
            var issued = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal
                ?? throw new InvalidOperationException("OpenIddict accepted a code or refresh token without a principal.");
            var username = IdentityNames.Person.Match(issued.GetClaim(Claims.Subject) ?? "")?["person"];
            var person = username is null ? null : await people.FindAsync(username, ct);
            if (person is null)
            {
                return Refusal.Of(Errors.InvalidGrant, "The person this sign-in was for no longer has an account.");
            }
            identity = await claims.RenewAsync(issued, person.DisplayName, ct);
            if (request.IsAuthorizationCodeGrantType())
            {
                // The refresh tokens end with the sign-in they come from, however long the
                // person's session had lasted when the app asked for this code (they roll
                // with that end: sliding expiration is off).
                var left = SignedInAt(issued, clock) + options.Value.SignInLifetime - clock.GetUtcNow();
                if (left <= TimeSpan.Zero)
                {
                    return Refusal.Of(Errors.InvalidGrant, "The person's sign-in has ended; they sign in again.");
                }
                identity.SetRefreshTokenLifetime(left);
            }
        }
        else
        {
            // OpenIddict refuses every grant it does not allow before this endpoint runs.
            return Refusal.Of(Errors.UnsupportedGrantType,
                "Use client_credentials (client apps), authorization_code and refresh_token (people, through a client app).");
        }

        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    // When the person gave their password (the code's auth_time, from their session).
    private static DateTimeOffset SignedInAt(ClaimsPrincipal issued, TimeProvider clock) =>
        long.TryParse(issued.GetClaim(Claims.AuthenticationTime), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : clock.GetUtcNow();
}
