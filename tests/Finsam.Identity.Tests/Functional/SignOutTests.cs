using System.Net;
using Finsam.Contracts.Identity.V1;
using Finsam.SignInTesting;

namespace Finsam.Identity.Tests.Functional;

// Signing out: the app sends the browser to the end session endpoint, the person's session
// at identity ends and the browser goes back to the app's registered address; without the
// person's identity token the person is asked first. A revoked refresh token gives nothing.
public sealed class SignOutTests(IdentityHost host) : IClassFixture<IdentityHost>
{
    [Fact]
    public async Task The_app_signs_the_person_out_with_their_identity_token_and_the_next_request_asks_for_the_password()
    {
        var username = await host.NewPersonAsync(Role.Reader);
        var browser = host.NewBrowser();
        var (request, callback) = await host.SignInAsync(browser, username);
        var tokens = await host.WebApp().ExchangeAsync(callback.Query["code"], request);

        var signedOut = await browser.GetAsync("/connect/endsession?" + string.Join('&',
            $"id_token_hint={tokens.IdToken}",
            $"post_logout_redirect_uri={Uri.EscapeDataString(IdentityHost.PostLogoutRedirectUri)}",
            "state=ut-123"));

        Assert.Equal(IdentityHost.PostLogoutRedirectUri, signedOut.Location!.GetLeftPart(UriPartial.Path));
        Assert.Equal("ut-123", signedOut.Query["state"]);
        Assert.Contains("Logga in i Finsam", (await browser.AuthorizeAsync(host.NewRequest())).Text);
    }

    [Fact]
    public async Task Without_the_identity_token_the_person_is_asked_and_told_in_swedish()
    {
        var username = await host.NewPersonAsync(Role.Reader);
        var browser = host.NewBrowser();
        await host.SignInAsync(browser, username);

        var asked = await browser.GetAsync("/connect/endsession");
        Assert.Equal(HttpStatusCode.OK, asked.Status);
        Assert.Contains("Vill du logga ut från Finsam?", asked.Text);
        Assert.Contains("<html lang=\"sv\">", asked.Html);
        // Still signed in until the person answers.
        Assert.True((await browser.AuthorizeAsync(host.NewRequest())).Query.ContainsKey("code"));

        var answered = await browser.SubmitAsync(asked);

        Assert.Equal(HttpStatusCode.OK, answered.Status);
        Assert.Contains("Du är utloggad", answered.Text);
        Assert.Empty(answered.Internals);
        Assert.Contains("Logga in i Finsam", (await browser.AuthorizeAsync(host.NewRequest())).Text);
    }

    [Fact]
    public async Task The_answer_without_the_forms_token_signs_no_one_out()
    {
        var username = await host.NewPersonAsync(Role.Reader);
        var browser = host.NewBrowser();
        await host.SignInAsync(browser, username);

        var forged = await browser.PostAsync("/connect/endsession", [KeyValuePair.Create("confirm", "1")]);

        Assert.Contains("Vill du logga ut från Finsam?", forged.Text);
        Assert.True((await browser.AuthorizeAsync(host.NewRequest())).Query.ContainsKey("code"));
    }

    [Fact]
    public async Task An_address_not_registered_for_after_signing_out_gets_a_page_in_swedish()
    {
        var answer = await host.NewBrowser().GetAsync(
            $"/connect/endsession?client_id=finsam-web&post_logout_redirect_uri={Uri.EscapeDataString("https://angripare.example/")}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Null(answer.Location);
        Assert.Contains("Utloggningen kan inte genomföras", answer.Text);
        Assert.Empty(answer.Internals);
    }

    [Fact]
    public async Task A_revoked_refresh_token_gives_no_new_tokens()
    {
        var username = await host.NewPersonAsync(Role.Reader);
        var tokens = await host.TokensAsync(username);

        Assert.Equal(HttpStatusCode.OK, await host.WebApp().RevokeAsync(tokens.RefreshToken!));

        var refreshed = await host.WebApp().RefreshAsync(tokens.RefreshToken!);
        Assert.Equal(HttpStatusCode.BadRequest, refreshed.Status);
        Assert.Equal("invalid_grant", refreshed.Error);
    }
}
