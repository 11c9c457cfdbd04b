using System.Net;
using Finsam.Contracts.Identity.V1;
using Finsam.Identity.Tokens;
using Finsam.SignInTesting;

namespace Finsam.Identity.Tests.Functional;

// What the code flow refuses, and how it says so: the token endpoint to the app (JSON), the
// authorization endpoint to the person, on a page in Swedish that sends the browser nowhere
// (OpenIddict redirects an error to the app only once it has checked the client's address).
public sealed class RefusedRequestTests(IdentityHost host) : IClassFixture<IdentityHost>
{
    [Fact]
    public async Task A_code_traded_with_another_verifier_gives_no_tokens()
    {
        var username = await host.NewPersonAsync(Role.Reader);
        var (request, callback) = await host.SignInAsync(host.NewBrowser(), username);
        var code = callback.Query["code"];

        var wrong = await host.WebApp().ExchangeAsync(code, request, verifier: AuthorizationRequest.For("x", "https://x").CodeVerifier);

        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Equal("invalid_grant", wrong.Error);
        Assert.Null(wrong.AccessToken);
    }

    [Fact]
    public async Task A_code_is_traded_once_only()
    {
        var username = await host.NewPersonAsync(Role.Reader);
        var (request, callback) = await host.SignInAsync(host.NewBrowser(), username);
        Assert.Equal(HttpStatusCode.OK, (await host.WebApp().ExchangeAsync(callback.Query["code"], request)).Status);

        var again = await host.WebApp().ExchangeAsync(callback.Query["code"], request);

        Assert.Equal("invalid_grant", again.Error);
    }

    [Fact]
    public async Task A_code_traded_without_a_verifier_gives_no_tokens()
    {
        var username = await host.NewPersonAsync(Role.Reader);
        var (request, callback) = await host.SignInAsync(host.NewBrowser(), username);

        var answer = await host.WebApp().ExchangeAsync(callback.Query["code"], request, verifier: "");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Null(answer.AccessToken);
    }

    // OpenIddict refuses a request without a PKCE challenge before it has looked up the
    // client's redirect URIs, so it sends the browser nowhere: the person is told.
    [Theory]
    [InlineData(null, null)]
    [InlineData("plain", "plain")]
    public async Task A_request_without_an_s256_challenge_is_refused_before_any_sign_in(string? challengeOf, string? method)
    {
        var valid = host.NewRequest();
        var request = valid with { CodeChallenge = challengeOf is null ? null : valid.CodeVerifier, CodeChallengeMethod = method };

        var answer = await host.NewBrowser().AuthorizeAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Null(answer.Location);
        Assert.Contains("Inloggningen kan inte börja", answer.Text);
        Assert.Contains("invalid_request", answer.Text);
        Assert.DoesNotContain("<form", answer.Html);
        Assert.Empty(answer.Internals);
    }

    [Fact]
    public async Task An_address_not_registered_for_the_app_gets_a_page_in_swedish_and_the_browser_goes_nowhere()
    {
        var request = host.NewRequest() with { RedirectUri = "https://angripare.example/signin-oidc" };

        var answer = await host.NewBrowser().AuthorizeAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Null(answer.Location);
        Assert.Contains("<html lang=\"sv\">", answer.Html);
        Assert.Contains("Inloggningen kan inte börja", answer.Text);
        Assert.Contains("invalid_request", answer.Text);
        Assert.DoesNotContain("angripare", answer.Html);
        Assert.DoesNotContain("<form", answer.Html);
        Assert.Empty(answer.Internals);
    }

    [Fact]
    public async Task An_app_identity_does_not_know_gets_a_page_in_swedish()
    {
        var request = AuthorizationRequest.For("okand-app", IdentityHost.RedirectUri);

        var answer = await host.NewBrowser().AuthorizeAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Null(answer.Location);
        Assert.Contains("Inloggningen kan inte börja", answer.Text);
        Assert.Empty(answer.Internals);
    }

    [Fact]
    public async Task A_confidential_client_app_cannot_start_the_code_flow()
    {
        var request = AuthorizationRequest.For(TokenServerOptions.BootstrapClientId, IdentityHost.RedirectUri);

        var answer = await host.NewBrowser().AuthorizeAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains("Inloggningen kan inte börja", answer.Text);
    }

    [Fact]
    public async Task A_request_changed_on_the_way_back_to_another_address_is_refused_after_the_password()
    {
        var username = await host.NewPersonAsync(Role.Reader);
        var browser = host.NewBrowser();
        var page = await browser.AuthorizeAsync(host.NewRequest());
        var returnUrl = HtmlForm.Of(page.Html)["returnUrl"]!
            .Replace(Uri.EscapeDataString(IdentityHost.RedirectUri), Uri.EscapeDataString("https://angripare.example/signin-oidc"), StringComparison.Ordinal);
        Assert.Contains("angripare", returnUrl);

        var answer = await browser.SubmitAsync(page, ("returnUrl", returnUrl), ("username", username), ("password", IdentityHost.Password));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Null(answer.Location);
        Assert.Contains("Inloggningen kan inte börja", answer.Text);
    }

    [Theory]
    [InlineData("https://angripare.example/")]
    [InlineData("//angripare.example/connect/authorize?x=1")]
    [InlineData("/connect/token?grant_type=x")]
    [InlineData("")]
    public async Task The_sign_in_page_goes_back_to_the_authorization_endpoint_only(string returnUrl)
    {
        var username = await host.NewPersonAsync(Role.Reader);
        var browser = host.NewBrowser();
        var page = await browser.AuthorizeAsync(host.NewRequest());

        var shown = await browser.GetAsync($"/connect/signin?returnUrl={Uri.EscapeDataString(returnUrl)}");
        var posted = await browser.SubmitAsync(page, ("returnUrl", returnUrl), ("username", username), ("password", IdentityHost.Password));

        foreach (var answer in new[] { shown, posted })
        {
            Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
            Assert.Null(answer.Location);
            Assert.Contains("Inloggningen kan inte fortsätta", answer.Text);
            Assert.Empty(answer.Internals);
        }
        Assert.DoesNotContain(browser.SetCookies, cookie => cookie.StartsWith("finsam-session=", StringComparison.Ordinal));
    }
}
