using Finsam.Identity.Pages;
using Finsam.Identity.SignIn;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Server.AspNetCore;

namespace Finsam.Identity.Tokens;

// GET or POST /connect/endsession: a client app signs the person out here too (OpenID
// Connect RP-initiated logout). OpenIddict has checked the request (the identity token
// named, a post-logout redirect URI registered for the client). The person's session
// ends, and the browser goes back to the app, or is told it is signed out. Without the
// person's identity token (id_token_hint) the person is asked first: a link on another
// site must not sign anyone out.
public static class EndSessionEndpoint
{
    public const string Path = "/connect/endsession";

    public static void MapEndSessionEndpoint(this WebApplication app) =>
        // The confirmation's antiforgery token is checked below, along with the answer.
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], EndAsync).AllowAnonymous().DisableAntiforgery();

    private static async Task<IResult> EndAsync(HttpContext http, IAntiforgery antiforgery)
    {
        if (http.GetOpenIddictServerResponse() is { Error: { Length: > 0 } error })
        {
            return Notice.SignOutRefused(error);
        }
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The end session request did not reach OpenIddict.");

        if (request.IdTokenHint is null && !await IsConfirmedAsync(http, antiforgery))
        {
            var asked = RequestParameters.Of(request, Html.AntiforgeryField, SignOutForm.ConfirmField);
            return new SignOutForm($"{http.Request.PathBase}{Path}", asked, antiforgery.GetAndStoreTokens(http).RequestToken ?? "").ToPage();
        }

        await http.SignOutAsync(IdentitySession.Scheme);
        if (request.PostLogoutRedirectUri is null)
        {
            return Notice.SignedOut();
        }
        // OpenIddict sends the browser to the client's post-logout redirect URI, with its state.
        return Results.SignOut(properties: null, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static async Task<bool> IsConfirmedAsync(HttpContext http, IAntiforgery antiforgery) =>
        HttpMethods.IsPost(http.Request.Method) && http.Request.HasFormContentType &&
        (await http.Request.ReadFormAsync(http.RequestAborted)).ContainsKey(SignOutForm.ConfirmField) &&
        await antiforgery.IsRequestValidAsync(http);
}
