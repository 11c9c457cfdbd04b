using System.Security.Claims;
using Finsam.Identity.Data;
using Finsam.ServiceKit.DataProtection;
using Microsoft.AspNetCore.Authentication.Cookies;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Finsam.Identity.SignIn;

// A person's session at identity once they have given their password on the sign-in page
// (or signed in at the external provider their person is linked to):
// a cookie the authorization endpoint reads, so a client app's next authorization request
// needs no password until it ends (Identity:SignInLifetime) or the person signs out. It
// never signs anyone in to a service: every RPC still wants a bearer token.
public static class IdentitySession
{
    public const string Scheme = "finsam-session";

    // Every page and endpoint the cookies are for is under it, and nothing else gets them.
    public const string CookiePath = "/connect";

    // What the session says: who the person is, by their Finsam name, however they signed in.
    public static ClaimsPrincipal PrincipalOf(PersonEntity person)
    {
        var identity = new ClaimsIdentity(Scheme, Claims.Subject, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, IdentityNames.Person.Format(person.Username)));
        identity.AddClaim(new Claim(Claims.Name, person.DisplayName));
        return new ClaimsPrincipal(identity);
    }

    // encryptionKey: Identity:EncryptionKey's bytes, which seal the stored keys (SealedKeyRing).
    public static IHostApplicationBuilder AddIdentitySession(this IHostApplicationBuilder builder, TimeSpan lifetime, byte[] encryptionKey)
    {
        builder.Services.AddAuthentication().AddCookie(Scheme, options =>
        {
            options.Cookie.Name = "finsam-session";
            options.Cookie.Path = CookiePath;
            options.Cookie.HttpOnly = true;
            // Sent when a client app sends the browser here (a top-level navigation), not on
            // other sites' requests.
            options.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the gateway is reached over https (X-Forwarded-Proto).
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = lifetime;
            options.SlidingExpiration = false;
        });

        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "finsam-antiforgery";
            options.Cookie.Path = CookiePath;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.FormFieldName = Pages.Html.AntiforgeryField;
            // The pages forbid framing themselves, more strictly (Pages.HtmlPage).
            options.SuppressXFrameOptionsHeader = true;
        });

        // The session and the forms' tokens are protected with keys kept in identity's
        // database, sealed (a form one replica served is posted to another).
        builder.AddSealedDataProtection<IdentityDbContext, SealedKeyDecryptor>("finsam-identity", encryptionKey);
        return builder;
    }
}
