using System.Net;
using Finsam.Contracts.Identity.V1;
using Finsam.ServiceDefaults.Security;
using Finsam.SignInTesting;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace Finsam.Identity.Tests.Functional;

// A person signs in to the web app as the authorization code flow with PKCE has it: the app
// sends the browser to identity, the person gives their password on the sign-in page, the
// browser goes back to the app with a code, and the app trades the code and its verifier
// for tokens that carry the person's roles as the region gave them.
public sealed class CodeFlowTests(IdentityHost host) : IClassFixture<IdentityHost>
{
    [Fact]
    public async Task The_app_sends_the_browser_to_a_sign_in_page_in_swedish_that_keeps_the_request()
    {
        var request = host.NewRequest();

        var page = await host.NewBrowser().AuthorizeAsync(request);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("<html lang=\"sv\">", page.Html);
        Assert.Contains("Logga in i Finsam", page.Text);
        Assert.Empty(page.Internals);
        var form = HtmlForm.Of(page.Html);
        Assert.Equal("/connect/signin", form.Action);
        var returnUrl = new Uri(new Uri("http://localhost"), form["returnUrl"]);
        Assert.Equal("/connect/authorize", returnUrl.AbsolutePath);
        Assert.Contains($"state={request.State}", returnUrl.Query);
        Assert.Contains($"code_challenge={request.CodeChallenge}", returnUrl.Query);
        Assert.Contains($"nonce={request.Nonce}", returnUrl.Query);
        Assert.False(string.IsNullOrEmpty(form["__RequestVerificationToken"]));
    }

    [Fact]
    public async Task A_person_who_signs_in_comes_back_to_the_app_with_a_code_for_tokens_with_their_roles()
    {
        var username = await host.NewPersonAsync(Role.Editor, Role.Reader);

        var (request, callback) = await host.SignInAsync(host.NewBrowser(), username);

        Assert.Equal(HttpStatusCode.Redirect, callback.Status);
        Assert.Equal(IdentityHost.RedirectUri, callback.Location!.GetLeftPart(UriPartial.Path));
        Assert.Equal(request.State, callback.Query["state"]);
        var tokens = await host.WebApp().ExchangeAsync(callback.Query["code"], request);
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        Assert.NotNull(tokens.RefreshToken);

        var access = TokenAnswer.ClaimsOf(tokens.AccessToken!);
        Assert.Equal($"people/{username}", access.GetProperty("sub").GetString());
        Assert.Equal(AuthenticationExtensions.DefaultAudience, access.GetProperty("aud").GetString());
        var identityToken = TokenAnswer.ClaimsOf(tokens.IdToken!);
        Assert.Equal(request.Nonce, identityToken.GetProperty("nonce").GetString());
        Assert.Equal("Anna Andersson", identityToken.GetProperty("name").GetString());
        Assert.Equal(TokenAnswer.GrantsOf(tokens.AccessToken!), TokenAnswer.GrantsOf(tokens.IdToken!));

        // The roles the region gave the person, as a service reads them from the token.
        var given = await (await host.AccessAsync()).ListRoleGrantsAsync(new ListRoleGrantsRequest { Principal = $"people/{username}" });
        Assert.Equal(2, TokenAnswer.GrantsOf(tokens.AccessToken!).Count);
        var caller = await host.CallerOfAsync(tokens.AccessToken!);
        Assert.Equal($"people/{username}", caller.Principal);
        Assert.Equal(given.Grants.Select(g => (g.Role, g.Federation)).Order(), caller.Grants.Select(g => (g.Role, g.Federation)).Order());
    }

    [Fact]
    public async Task A_refresh_token_gives_new_tokens_with_the_roles_as_they_are_now()
    {
        var username = await host.NewPersonAsync(Role.Reader);
        var tokens = await host.TokensAsync(username);
        await host.GrantAsync(username, Role.Editor);

        var refreshed = await host.WebApp().RefreshAsync(tokens.RefreshToken!);

        Assert.Equal(HttpStatusCode.OK, refreshed.Status);
        Assert.NotEqual(tokens.AccessToken, refreshed.AccessToken);
        // Rolling: a new refresh token each time.
        Assert.NotNull(refreshed.RefreshToken);
        Assert.NotEqual(tokens.RefreshToken, refreshed.RefreshToken);
        Assert.Single(TokenAnswer.GrantsOf(tokens.AccessToken!));
        Assert.Equal(2, TokenAnswer.GrantsOf(refreshed.AccessToken!).Count);
        Assert.Equal(2, (await host.CallerOfAsync(refreshed.AccessToken!)).Grants.Count);
    }

    [Fact]
    public async Task Refresh_tokens_roll_but_all_end_when_the_sign_in_does()
    {
        var username = await host.NewPersonAsync(Role.Reader);
        var tokens = await host.TokensAsync(username);
        var signedInAt = DateTimeOffset.FromUnixTimeSeconds(TokenAnswer.ClaimsOf(tokens.IdToken!).GetProperty("auth_time").GetInt64());

        var refreshed = await host.WebApp().RefreshAsync(tokens.RefreshToken!);
        Assert.Equal(HttpStatusCode.OK, refreshed.Status);

        await using var scope = host.Services.CreateAsyncScope();
        var stored = scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();
        var ends = new List<DateTimeOffset>();
        await foreach (var token in stored.FindBySubjectAsync($"people/{username}"))
        {
            if (await stored.HasTypeAsync(token, OpenIddictConstants.TokenTypeIdentifiers.RefreshToken))
            {
                ends.Add((await stored.GetExpirationDateAsync(token))!.Value);
            }
        }
        Assert.Equal(2, ends.Count);
        Assert.All(ends, end => Assert.InRange(end - signedInAt, TimeSpan.FromHours(10) - TimeSpan.FromSeconds(2), TimeSpan.FromHours(10) + TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task While_the_session_lasts_the_app_gets_another_code_without_the_password()
    {
        var username = await host.NewPersonAsync(Role.Reader);
        var browser = host.NewBrowser();
        await host.SignInAsync(browser, username);
        var again = host.NewRequest();

        var callback = await browser.AuthorizeAsync(again);

        Assert.Equal(IdentityHost.RedirectUri, callback.Location!.GetLeftPart(UriPartial.Path));
        Assert.Equal(again.State, callback.Query["state"]);
        Assert.Equal(HttpStatusCode.OK, (await host.WebApp().ExchangeAsync(callback.Query["code"], again)).Status);
    }

    [Fact]
    public async Task The_app_can_ask_for_the_password_again_and_is_told_when_no_one_has_signed_in()
    {
        var username = await host.NewPersonAsync(Role.Reader);
        var browser = host.NewBrowser();
        await host.SignInAsync(browser, username);

        var fresh = await browser.GetAsync(host.NewRequest().PathAndQuery() + "&prompt=login");
        Assert.Contains("Logga in i Finsam", fresh.Text);
        // Signing in satisfies the prompt: the way back does not ask once more.
        var callback = await browser.SignInAsync(fresh, username, IdentityHost.Password);
        Assert.True(callback.Query.ContainsKey("code"), callback.Location?.ToString());

        var silent = host.NewRequest();
        var refused = await host.NewBrowser().GetAsync(silent.PathAndQuery() + "&prompt=none");
        Assert.Equal(IdentityHost.RedirectUri, refused.Location!.GetLeftPart(UriPartial.Path));
        Assert.Equal("login_required", refused.Query["error"]);
        Assert.Equal(silent.State, refused.Query["state"]);
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_same_site_lax_and_only_for_the_sign_in_paths()
    {
        var username = await host.NewPersonAsync(Role.Reader);
        var browser = host.NewBrowser();

        await host.SignInAsync(browser, username);

        var session = Assert.Single(browser.SetCookies, cookie => cookie.StartsWith("finsam-session=", StringComparison.Ordinal));
        var antiforgery = Assert.Single(browser.SetCookies, cookie => cookie.StartsWith("finsam-antiforgery=", StringComparison.Ordinal));
        foreach (var cookie in new[] { session, antiforgery })
        {
            var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
            Assert.Contains("httponly", attributes);
            Assert.Contains("path=/connect", attributes);
        }
        Assert.Contains("samesite=lax", session.ToLowerInvariant());
    }
}
