using System.Diagnostics.CodeAnalysis;
using Finsam.Identity.Pages;
using Finsam.Identity.Tokens;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace Finsam.Identity.SignIn;

// GET and POST /connect/signin: where a person gives their password while a client app's
// authorization request waits (returnUrl, only ever an authorization request here, which
// OpenIddict checks again: the client, and its registered redirect URI). The password is
// checked by PasswordSignIn, with its lockout and back-off; a right one starts the
// person's session (IdentitySession) and sends the browser back to the request, which
// then issues the code. Where an external provider is configured, the page also offers
// signing in there (ExternalSignIn).
public static class SignInPage
{
    public const string Path = "/connect/signin";

    private const string WrongPassword = "Användarnamnet eller lösenordet är fel.";
    private const string AccountLocked = "Inloggningen med det här användarnamnet är tillfälligt spärrad efter flera misslyckade försök. Försök igen om en stund.";
    private const string AddressLocked = "Inloggningen från din adress är tillfälligt spärrad efter flera misslyckade försök. Försök igen om en stund.";
    private const string FormTooOld = "Sidan hann bli för gammal. Skriv ditt användarnamn och lösenord igen.";

    public static void MapSignInPage(this WebApplication app)
    {
        app.MapGet(Path, Show).AllowAnonymous();
        // The antiforgery token is checked below, so that a stale page is answered in Swedish.
        app.MapPost(Path, SubmitAsync).AllowAnonymous().DisableAntiforgery();
    }

    // Where a person signs in before this authorization request (path and query) goes on.
    public static string For(HttpRequest request, string authorizationRequest) =>
        $"{request.PathBase}{Path}{QueryString.Create(SignInForm.ReturnUrlField, authorizationRequest)}";

    private static IResult Show(HttpContext http, IAntiforgery antiforgery, ExternalSignInOptions external, string? returnUrl) =>
        IsAuthorizationRequest(http.Request, returnUrl)
            ? NewForm(http, antiforgery, external, returnUrl).ToPage()
            : Notice.NoRequestToReturnTo();

    private static async Task<IResult> SubmitAsync(HttpContext http, IAntiforgery antiforgery, ExternalSignInOptions external, PasswordSignIn passwordSignIn)
    {
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(http.RequestAborted) : FormCollection.Empty;
        var returnUrl = form[SignInForm.ReturnUrlField].ToString();
        if (!IsAuthorizationRequest(http.Request, returnUrl))
        {
            return Notice.NoRequestToReturnTo();
        }
        // Before a new token is made for the page shown again.
        var genuine = await antiforgery.IsRequestValidAsync(http);
        var username = form[SignInForm.UsernameField].ToString().Trim();
        var password = form[SignInForm.PasswordField].ToString();
        var again = NewForm(http, antiforgery, external, returnUrl) with { Username = username };

        if (!genuine)
        {
            return (again with { Refusal = FormTooOld }).ToPage(StatusCodes.Status400BadRequest);
        }
        if (username.Length == 0 || password.Length == 0)
        {
            return (again with
            {
                UsernameError = username.Length == 0 ? "Skriv ditt användarnamn." : null,
                PasswordError = password.Length == 0 ? "Skriv ditt lösenord." : null,
            }).ToPage(StatusCodes.Status400BadRequest);
        }

        var outcome = await passwordSignIn.SignInAsync(username, password, http.Connection.RemoteIpAddress, http.RequestAborted);
        if (!outcome.SignedIn)
        {
            return (again with
            {
                Refusal = outcome.Refusal switch
                {
                    SignInRefusal.AccountLocked => AccountLocked,
                    SignInRefusal.AddressLocked => AddressLocked,
                    _ => WrongPassword,
                },
                CredentialsWrong = outcome.Refusal == SignInRefusal.WrongPassword,
            }).ToPage(StatusCodes.Status400BadRequest);
        }

        await http.SignInAsync(IdentitySession.Scheme, IdentitySession.PrincipalOf(outcome.Person));
        return Results.Redirect(returnUrl);
    }

    private static SignInForm NewForm(HttpContext http, IAntiforgery antiforgery, ExternalSignInOptions external, string returnUrl) =>
        new($"{http.Request.PathBase}{Path}", returnUrl, antiforgery.GetAndStoreTokens(http).RequestToken ?? "")
        {
            External = ExternalSignIn.For(http.Request, external, returnUrl) is { } href ? new SignInForm.ExternalLink(external.DisplayName, href) : null,
        };

    // Back only to this service's authorization endpoint, never to another address.
    public static bool IsAuthorizationRequest(HttpRequest request, [NotNullWhen(true)] string? returnUrl) =>
        returnUrl is not null && returnUrl.StartsWith($"{request.PathBase}{AuthorizationEndpoint.Path}?", StringComparison.Ordinal);
}
