using Finsam.Identity.Data;
using Finsam.Identity.Pages;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Finsam.Identity.SignIn;

// Signing in at the external OpenID Connect provider (ExternalSignInOptions), where one is
// configured. The sign-in page links to Path with the client app's authorization request;
// identity sends the browser to the provider (the code flow with PKCE, identity a
// confidential client there) and, back at CallbackPath, takes the provider's subject to
// the Finsam person a regional administrator linked to it (Person.external_subject). That
// person's session starts as a right password would start it, and the authorization
// request goes on. A subject no person is linked to is refused on a page in Swedish: no
// person is ever made from a sign-in elsewhere, and the roles are always Finsam's own.
public static class ExternalSignIn
{
    public const string Scheme = "external";
    public const string Path = "/connect/external";
    public const string CallbackPath = "/connect/external/callback";

    public static IHostApplicationBuilder AddExternalSignIn(this IHostApplicationBuilder builder)
    {
        var external = ExternalSignInOptions.From(builder.Configuration);
        builder.Services.AddSingleton(external);
        if (!external.IsConfigured)
        {
            return builder;
        }

        builder.Services.AddAuthentication().AddOpenIdConnect(Scheme, external.DisplayName, options =>
        {
            options.Authority = external.Authority;
            options.ClientId = external.ClientId;
            options.ClientSecret = external.ClientSecret;
            options.RequireHttpsMetadata = external.RequireHttpsMetadata;
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.UsePkce = true;
            // Back with a plain redirect (a top-level GET), so the SameSite=Lax cookies below come along.
            options.ResponseMode = OpenIdConnectResponseMode.Query;
            // Only who the person is there: their name and roles are Finsam's.
            options.Scope.Clear();
            options.Scope.Add(Scopes.OpenId);
            options.MapInboundClaims = false;
            options.GetClaimsFromUserInfoEndpoint = false;
            options.SaveTokens = false;
            options.CallbackPath = CallbackPath;
            // No sign-out initiated by the provider: identity's session ends at /connect/endsession.
            options.RemoteSignOutPath = default;
            options.SignedOutCallbackPath = default;
            options.SignInScheme = IdentitySession.Scheme;
            foreach (var cookie in new[] { options.CorrelationCookie, options.NonceCookie })
            {
                cookie.SameSite = SameSiteMode.Lax;
                cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            }
            options.Events.OnTicketReceived = context => SignInLinkedPersonAsync(context, external);
            options.Events.OnRemoteFailure = context => RefuseFailedSignInAsync(context, external);
        });
        return builder;
    }

    public static void MapExternalSignIn(this WebApplication app)
    {
        if (app.Services.GetRequiredService<ExternalSignInOptions>().IsConfigured)
        {
            app.MapGet(Path, Start).AllowAnonymous();
        }
    }

    // Where the sign-in page sends a person who signs in at the provider; null when there is none.
    public static string? For(HttpRequest request, ExternalSignInOptions external, string authorizationRequest) =>
        external.IsConfigured ? $"{request.PathBase}{Path}{QueryString.Create(Pages.SignInForm.ReturnUrlField, authorizationRequest)}" : null;

    private static IResult Start(HttpContext http, string? returnUrl) =>
        SignInPage.IsAuthorizationRequest(http.Request, returnUrl)
            // Back to the request once signed in (kept in the protected state, so it cannot be changed).
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [Scheme])
            : Notice.NoRequestToReturnTo();

    // The provider's subject to the person linked to it, who then has a session as with a password.
    private static async Task SignInLinkedPersonAsync(TicketReceivedContext context, ExternalSignInOptions external)
    {
        var subject = context.Principal?.FindFirst(Claims.Subject)?.Value;
        var people = context.HttpContext.RequestServices.GetRequiredService<PersonStore>();
        var person = string.IsNullOrEmpty(subject) ? null : await people.FindByExternalSubjectAsync(subject, context.HttpContext.RequestAborted);
        if (person is null)
        {
            Logger(context.HttpContext).LogInformation("A sign-in at {Provider} was refused: no person is linked to its subject.", external.DisplayName);
            var back = context.ReturnUri is { } returnUrl && SignInPage.IsAuthorizationRequest(context.Request, returnUrl)
                ? SignInPage.For(context.Request, returnUrl)
                : null;
            await Notice.ExternalNotLinked(external.DisplayName, back).ExecuteAsync(context.HttpContext);
            context.HandleResponse();
            return;
        }
        context.Principal = IdentitySession.PrincipalOf(person);
    }

    // The person cancelled at the provider, or its answer could not be used: told, never shown why in detail.
    private static async Task RefuseFailedSignInAsync(RemoteFailureContext context, ExternalSignInOptions external)
    {
        Logger(context.HttpContext).LogWarning(context.Failure, "A sign-in at {Provider} failed.", external.DisplayName);
        await Notice.ExternalSignInFailed(external.DisplayName).ExecuteAsync(context.HttpContext);
        context.HandleResponse();
    }

    private static ILogger Logger(HttpContext http) =>
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ExternalSignIn));
}
