using System.Security.Claims;
using Finsam.Identity.Data;
using Finsam.ServiceDefaults.Security;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Finsam.Identity.Tokens;

// What a token says, the same whichever way it was asked for (client credentials, the
// authorization code flow, a refresh): the subject ("clients/x" or
// "people/y"), the name, and the principal's roles as finsam_grant claims, for the
// audience every service expects. So every service authorizes a person alike however
// they signed in.
public sealed class TokenClaims(RoleGrantStore roleGrants)
{
    public const string Audience = AuthenticationExtensions.DefaultAudience;

    // A new identity for a principal, with the scopes its client was granted (none for
    // client credentials: an access token only). signedInAt: when the person signed in,
    // for the identity token's auth_time.
    public async Task<ClaimsIdentity> NewAsync(string principal, string displayName, IEnumerable<string> scopes, DateTimeOffset? signedInAt, CancellationToken ct)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Subject, Claims.Role);
        identity.SetClaim(Claims.Subject, principal);
        if (signedInAt is { } at)
        {
            identity.SetClaim(Claims.AuthenticationTime, at.ToUnixTimeSeconds());
        }
        identity.SetScopes(scopes);
        identity.SetResources(Audience);
        return await WithNameAndRolesAsync(identity, principal, displayName, ct);
    }

    // The identity an authorization code or a refresh token was issued for (its subject,
    // scopes and OpenIddict's own claims kept), with the name and the roles as they are
    // now: a role granted or revoked since takes effect at the next refresh.
    public Task<ClaimsIdentity> RenewAsync(ClaimsPrincipal issued, string displayName, CancellationToken ct)
    {
        var identity = new ClaimsIdentity(issued.Claims, TokenValidationParameters.DefaultAuthenticationType, Claims.Subject, Claims.Role);
        var principal = identity.GetClaim(Claims.Subject) ?? throw new InvalidOperationException("An issued token without a subject.");
        return WithNameAndRolesAsync(identity, principal, displayName, ct);
    }

    private async Task<ClaimsIdentity> WithNameAndRolesAsync(ClaimsIdentity identity, string principal, string displayName, CancellationToken ct)
    {
        identity.SetClaim(Claims.Name, displayName);
        identity.RemoveClaims(FinsamRoles.GrantClaimType);
        foreach (var grant in await roleGrants.ListAsync(principal, ct))
        {
            var role = AccessMapping.NameOf(grant.Role);
            identity.AddClaim(new Claim(FinsamRoles.GrantClaimType, grant.IsRegional ? role : FinsamRoles.Grant(role, grant.FederationId)));
        }
        identity.SetDestinations(claim => DestinationsOf(claim, identity));
        return identity;
    }

    // The access token carries everything the services read. The identity token (for the
    // client app that signed the person in) carries the name with the profile scope, the
    // roles with the roles scope (so the app can show what the person may do), and when
    // they signed in.
    private static IEnumerable<string> DestinationsOf(Claim claim, ClaimsIdentity identity) => claim.Type switch
    {
        Claims.Subject => [Destinations.AccessToken, Destinations.IdentityToken],
        Claims.Name when identity.HasScope(Scopes.Profile) => [Destinations.AccessToken, Destinations.IdentityToken],
        FinsamRoles.GrantClaimType when identity.HasScope(Scopes.Roles) => [Destinations.AccessToken, Destinations.IdentityToken],
        Claims.AuthenticationTime => [Destinations.IdentityToken],
        _ => [Destinations.AccessToken],
    };
}
