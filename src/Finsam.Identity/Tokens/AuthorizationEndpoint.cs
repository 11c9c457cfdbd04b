using System.Security.Claims;
using Finsam.Identity.Data;
using Finsam.Identity.Pages;
using Finsam.Identity.SignIn;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Finsam.Identity.Tokens;

// GET or POST /connect/authorize: the authorization code flow's first step. OpenIddict has
// checked the request (a registered client, one of its redirect URIs, response_type=code,
// an S256 PKCE challenge, allowed scopes) and sent what it refuses back to the client, or
// here when it cannot. A person without a session signs in on the sign-in page first,
// which brings them back with the request as it was; a person with one gets a code for a
// token with their roles now (TokenClaims).
public static class AuthorizationEndpoint
{
    public const string Path = "/connect/authorize";

    public static void MapAuthorizationEndpoint(this WebApplication app) =>
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync).AllowAnonymous().DisableAntiforgery();

    private static async Task<IResult> AuthorizeAsync(HttpContext http, PersonStore people, TokenClaims claims, TimeProvider clock)
    {
        // A request OpenIddict cannot send back: an unknown client, or a redirect URI it has
        // not registered (so the browser goes nowhere it was not meant to).
        if (http.GetOpenIddictServerResponse() is { Error: { Length: > 0 } error })
        {
            return Notice.SignInRefused(error);
        }
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The authorization request did not reach OpenIddict.");

        var session = await http.AuthenticateAsync(IdentitySession.Scheme);
        var username = session.Succeeded && !MustSignInAgain(request, session.Properties, clock)
            ? IdentityNames.Person.Match(session.Principal.GetClaim(Claims.Subject) ?? "")?["person"]
            : null;
        var person = username is null ? null : await people.FindAsync(username, http.RequestAborted);
        if (person is null)
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Refusal.Of(Errors.LoginRequired, "The person has not signed in.");
            }
            return Results.Redirect(SignInPage.For(http.Request, AfterSignIn(http.Request, request)));
        }

        var identity = await claims.NewAsync(IdentityNames.Person.Format(person.Username), person.DisplayName,
            request.GetScopes(), session.Properties?.IssuedUtc, http.RequestAborted);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    // The client asks for a fresh sign-in (prompt=login), or one no older than max_age.
    private static bool MustSignInAgain(OpenIddictRequest request, AuthenticationProperties? session, TimeProvider clock) =>
        request.HasPromptValue(PromptValues.Login) ||
        (request.MaxAge is { } maxAge && session?.IssuedUtc is { } signedInAt &&
            clock.GetUtcNow() - signedInAt > TimeSpan.FromSeconds(maxAge));

    // The request to come back to once the person has signed in, as a path and query here:
    // every parameter the client sent, but for the ones the sign-in has just satisfied
    // (prompt and max_age), so the way back does not ask for a sign-in once more.
    private static string AfterSignIn(HttpRequest http, OpenIddictRequest request)
    {
        var parameters = RequestParameters.Of(request, Parameters.Prompt, Parameters.MaxAge);
        return $"{http.PathBase}{Path}{QueryString.Create(parameters.Select(p => KeyValuePair.Create(p.Key, (string?)p.Value)))}";
    }
}
