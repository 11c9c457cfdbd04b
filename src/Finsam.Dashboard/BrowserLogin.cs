using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Finsam.Dashboard;

// Sign-in with the link the AppHost prints (/login?t=<browser token>): the token is
// exchanged for a cookie, so it does not linger in the address bar.
public static class BrowserLogin
{
    public static void MapBrowserLogin(this WebApplication app) =>
        app.MapGet("/login", async (HttpContext http, IOptions<DashboardOptions> options, string? t, string? returnUrl) =>
        {
            var expected = options.Value.Frontend.BrowserToken;
            var accepted = string.IsNullOrEmpty(expected)
                || (t is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(t), Encoding.UTF8.GetBytes(expected)));
            if (!accepted)
            {
                return Results.Content(
                    "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Logga in</title></head><body>" +
                    "<h1>Logga in</h1><p>Öppna inloggningslänken som AppHost skrev ut när systemet startade.</p></body></html>",
                    "text/html; charset=utf-8",
                    statusCode: t is null ? StatusCodes.Status200OK : StatusCodes.Status401Unauthorized);
            }
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "operatör")], CookieAuthenticationDefaults.AuthenticationScheme);
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            return Results.Redirect(IsLocal(returnUrl) ? returnUrl! : "/");
        })
        .AllowAnonymous();

    // "/traces", not "//evil.example" nor "/\evil.example", which browsers read as another host.
    private static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Contains('\\');
}
