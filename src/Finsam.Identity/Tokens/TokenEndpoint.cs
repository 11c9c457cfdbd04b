using System.Security.Claims;
using Finsam.Identity.Data;
using Finsam.Identity.SignIn;
using Finsam.ServiceDefaults.Security;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Finsam.Identity.Tokens;

// POST /connect/token: OpenIddict checks the request (and a client's secret); this decides
// who the caller is and which roles go into the access token.
public static class TokenEndpoint
{
    public const string Audience = AuthenticationExtensions.DefaultAudience;

    public static void MapTokenEndpoint(this WebApplication app) =>
        app.MapPost("/connect/token", IssueAsync).AllowAnonymous();

    private static async Task<IResult> IssueAsync(
        HttpContext http,
        ClientStore clients,
        PersonStore people,
        RoleGrantStore roleGrants,
        PasswordCheck passwords,
        SignInThrottle throttle)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The token request did not reach OpenIddict.");

        string principal;
        string displayName;
        if (request.IsClientCredentialsGrantType())
        {
            displayName = await clients.FindDisplayNameAsync(request.ClientId!, http.RequestAborted)
                ?? throw new InvalidOperationException("OpenIddict accepted a client it does not know.");
            principal = IdentityNames.Client.Format(request.ClientId!);
        }
        else if (request.IsPasswordGrantType())
        {
            var username = request.Username ?? "";
            // The caller's own address: the gateway forwards it (X-Forwarded-For).
            var address = http.Connection.RemoteIpAddress?.ToString() ?? "";
            switch (throttle.Check(username, address))
            {
                case SignInRefusal.AccountLocked:
                    return Refuse(Errors.InvalidGrant, "The account is temporarily locked after repeated failed sign-ins; try again later.");
                case SignInRefusal.AddressLocked:
                    return Refuse(Errors.InvalidGrant, "Sign-in from this address is temporarily locked after repeated failures; try again later.");
            }

            var person = await people.FindAsync(username, http.RequestAborted);
            if (!passwords.IsRight(person, request.Password ?? ""))
            {
                await Task.Delay(throttle.Failed(username, address), http.RequestAborted);
                return Refuse(Errors.InvalidGrant, "The username or the password is wrong.");
            }
            throttle.Succeeded(username);
            principal = IdentityNames.Person.Format(person.Username);
            displayName = person.DisplayName;
        }
        else
        {
            return Refuse(Errors.UnsupportedGrantType, "Use client_credentials (client apps) or password (people).");
        }

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Subject, Claims.Role);
        identity.SetClaim(Claims.Subject, principal);
        identity.SetClaim(Claims.Name, displayName);
        foreach (var grant in await roleGrants.ListAsync(principal, http.RequestAborted))
        {
            var role = AccessMapping.NameOf(grant.Role);
            identity.AddClaim(new Claim(FinsamRoles.GrantClaimType, grant.IsRegional ? role : FinsamRoles.Grant(role, grant.FederationId)));
        }
        identity.SetResources(Audience);
        identity.SetDestinations(_ => [Destinations.AccessToken]);

        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
