using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Finsam.Web.SignIn;

// People sign in at identity with the authorization code flow and PKCE (a public client: no
// secret in the app), through the gateway's address, and hold a cookie session here whose
// tokens stay on the server (SignedInSessions, in the app's database for every replica).
public static class WebSignIn
{
    public const string ClientId = "finsam-web";
    public const string CookieName = "Finsam.Web";
    public const string SignInPath = "/logga-in";
    public const string SignOutPath = "/logga-ut";
    public const string SignOutNowPath = "/logga-ut/nu";
    public const string SignedOutPath = "/utloggad";

    public static void AddWebSignIn(this WebApplicationBuilder builder, Uri authority)
    {
        builder.Services.AddSingleton<SignedInSessions>();
        builder.Services.AddSingleton<IdentityEndpoints>();
        builder.Services.AddHttpClient<TokenRenewal>();
        builder.Services.AddScoped<PersonSession>();

        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = SignedInSessions.IdleLimit;
                options.SlidingExpiration = false;
                options.Events.OnValidatePrincipal = async context =>
                {
                    // A cookie whose session has ended (signed out, on any replica) signs nobody in.
                    var sessions = context.HttpContext.RequestServices.GetRequiredService<SignedInSessions>();
                    if (context.Principal?.FindFirst(SignInClaims.SessionKey)?.Value is not { } key
                        || await sessions.FindAsync(key, context.HttpContext.RequestAborted) is null)
                    {
                        context.RejectPrincipal();
                    }
                };
            })
            .AddOpenIdConnect(options =>
            {
                options.Authority = authority.ToString();
                options.RequireHttpsMetadata = authority.Scheme == Uri.UriSchemeHttps;
                options.ClientId = ClientId;
                options.ResponseType = OpenIdConnectResponseType.Code;
                options.UsePkce = true;
                // Back by a redirect (GET), so the correlation cookies can be SameSite=Lax.
                options.ResponseMode = OpenIdConnectResponseMode.Query;
                options.Scope.Clear();
                foreach (var scope in new[] { "openid", "profile", "roles", "offline_access" })
                {
                    options.Scope.Add(scope);
                }
                options.MapInboundClaims = false;
                options.GetClaimsFromUserInfoEndpoint = false;
                options.SaveTokens = false;
                options.TokenValidationParameters.NameClaimType = SignInClaims.Name;
                options.TokenValidationParameters.RoleClaimType = SignInClaims.Grant;
                options.CallbackPath = "/signin-oidc";
                options.SignedOutCallbackPath = "/signout-callback-oidc";
                options.SignedOutRedirectUri = SignedOutPath;
                options.CorrelationCookie.SameSite = SameSiteMode.Lax;
                options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.NonceCookie.SameSite = SameSiteMode.Lax;
                options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.Events.OnTokenValidated = KeepTokensOnTheServer;
                options.Events.OnRemoteFailure = context =>
                {
                    // A refused or broken sign-in (the person pressed back, a stale link) starts
                    // over with a plain notice, never an error page.
                    context.Response.Redirect($"{SignedOutPath}?inloggning=misslyckades");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
    }

    private static async Task KeepTokensOnTheServer(TokenValidatedContext context)
    {
        var response = context.TokenEndpointResponse
            ?? throw new InvalidOperationException("The authorization code flow ends at the token endpoint.");
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        var expiresIn = int.TryParse(response.ExpiresIn, out var seconds) ? seconds : 0;
        var tokens = new SessionTokens(response.AccessToken, response.RefreshToken, response.IdToken, clock.GetUtcNow().AddSeconds(expiresIn));
        var key = await context.HttpContext.RequestServices.GetRequiredService<SignedInSessions>().StartAsync(tokens, context.HttpContext.RequestAborted);
        if (context.Principal?.Identity is ClaimsIdentity identity)
        {
            identity.AddClaim(new Claim(SignInClaims.SessionKey, key));
        }
        // The identity token is kept for signing out at identity (id_token_hint).
        context.Properties?.StoreTokens([new AuthenticationToken { Name = "id_token", Value = response.IdToken }]);
    }

    public static void MapWebSignIn(this WebApplication app)
    {
        app.MapGet(SignInPath, (string? returnUrl) =>
            TypedResults.Challenge(new AuthenticationProperties { RedirectUri = LocalOnly(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme]))
            .AllowAnonymous();

        // A form post (with the antiforgery token), so no link or image can sign a person out.
        app.MapPost(SignOutNowPath, async (HttpContext context, IAntiforgery antiforgery, SignedInSessions sessions, TokenRenewal renewal) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.Redirect(SignOutPath);
            }
            if (context.User.FindFirst(SignInClaims.SessionKey)?.Value is { } key && await sessions.EndAsync(key, context.RequestAborted) is { } tokens)
            {
                await renewal.RevokeAsync(tokens, context.RequestAborted);
            }
            return Results.SignOut(new AuthenticationProperties { RedirectUri = SignedOutPath },
                [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]);
        }).RequireAuthorization();
    }

    // Only a path of this app: a sign-in link cannot send a person elsewhere afterwards.
    private static string LocalOnly(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
