using System.Net;
using Finsam.Contracts.Identity.V1;
using Finsam.SignInTesting;

namespace Finsam.Identity.Tests.Functional;

// The sign-in page, the one place a person gives a password, refuses with a lockout and
// back-off (PasswordSignIn), and says so in Swedish next to the fields, without telling
// whether the person exists; its form is only taken with its own token.
public sealed class SignInPageTests(IdentityHost host) : IClassFixture<IdentityHost>
{
    private const string Wrong = "Användarnamnet eller lösenordet är fel.";
    private const string Locked = "tillfälligt spärrad";

    [Fact]
    public async Task A_wrong_password_and_an_unknown_person_get_the_same_answer_in_swedish_tied_to_the_fields()
    {
        var username = await host.NewPersonAsync(Role.Reader);
        var browser = host.NewBrowser();
        var page = await browser.AuthorizeAsync(host.NewRequest());

        var wrongPassword = await browser.SignInAsync(page, username, "fel-lösenord-helt-och-hållet");
        var noSuchPerson = await browser.SignInAsync(page, "ingen-sadan-person", "fel-lösenord-helt-och-hållet");

        foreach (var answer in new[] { wrongPassword, noSuchPerson })
        {
            Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
            Assert.Null(answer.Location);
            Assert.Contains("""<p id="inloggning-fel" class="fel" role="alert">""" + Wrong + "</p>", answer.Html);
            Assert.Matches("""<input id="username"[^>]*aria-invalid="true"[^>]*aria-describedby="inloggning-fel" """.TrimEnd(), answer.Html);
            Assert.Matches("""<input id="password"[^>]*aria-invalid="true"[^>]*aria-describedby="inloggning-fel" """.TrimEnd(), answer.Html);
            // The password is never sent back; the form can be sent again as it is.
            Assert.Equal("", HtmlForm.Of(answer.Html)["password"]);
            Assert.Empty(answer.Internals);
        }
        Assert.Equal(username, HtmlForm.Of(wrongPassword.Html)["username"]);
        Assert.Equal(wrongPassword.Text.Replace(username, "", StringComparison.Ordinal), noSuchPerson.Text.Replace("ingen-sadan-person", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_field_has_a_label_and_a_missing_one_is_named_beside_it()
    {
        var browser = host.NewBrowser();
        var page = await browser.AuthorizeAsync(host.NewRequest());
        Assert.Contains("""<label for="username">Användarnamn</label>""", page.Html);
        Assert.Contains("""<label for="password">Lösenord</label>""", page.Html);
        Assert.Contains("""autocomplete="current-password" """.TrimEnd(), page.Html);

        var answer = await browser.SignInAsync(page, "", "");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Matches("""<input id="username"[^>]*aria-invalid="true"[^>]*aria-describedby="username-fel" """.TrimEnd(), answer.Html);
        Assert.Contains("""<p id="username-fel" class="faltfel">Skriv ditt användarnamn.</p>""", answer.Html);
        Assert.Matches("""<input id="password"[^>]*aria-invalid="true"[^>]*aria-describedby="password-fel" """.TrimEnd(), answer.Html);
        Assert.Contains("""<p id="password-fel" class="faltfel">Skriv ditt lösenord.</p>""", answer.Html);
    }

    [Fact]
    public async Task Wrong_passwords_lock_the_username_even_to_the_right_password_in_any_browser()
    {
        var username = await host.NewPersonAsync(Role.Reader);
        var browser = host.NewBrowser();
        var page = await browser.AuthorizeAsync(host.NewRequest());

        for (var i = 0; i < IdentityHost.AccountFailures; i++)
        {
            Assert.Contains(Wrong, (await browser.SignInAsync(page, username, "fel-lösenord-helt-och-hållet")).Text);
        }

        var another = host.NewBrowser();
        foreach (var (inBrowser, onPage) in new[] { (browser, page), (another, await another.AuthorizeAsync(host.NewRequest())) })
        {
            var locked = await inBrowser.SignInAsync(onPage, username, IdentityHost.Password);
            Assert.Equal(HttpStatusCode.BadRequest, locked.Status);
            Assert.Contains(Locked, locked.Text);
            Assert.DoesNotContain(Wrong, locked.Text);
            Assert.Null(locked.Location);
        }
        Assert.DoesNotContain(another.SetCookies, cookie => cookie.StartsWith("finsam-session=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_username_is_locked_the_same_way()
    {
        var browser = host.NewBrowser();
        var page = await browser.AuthorizeAsync(host.NewRequest());
        var answers = new List<Answer>();
        for (var i = 0; i <= IdentityHost.AccountFailures; i++)
        {
            answers.Add(await browser.SignInAsync(page, "ingen-alls", "fel-lösenord-helt-och-hållet"));
        }

        Assert.All(answers[..^1], answer => Assert.Contains(Wrong, answer.Text));
        Assert.Contains(Locked, answers[^1].Text);
    }

    [Fact]
    public async Task The_form_without_its_antiforgery_token_or_with_another_browsers_is_not_taken()
    {
        var username = await host.NewPersonAsync(Role.Reader);
        var browser = host.NewBrowser();
        var page = await browser.AuthorizeAsync(host.NewRequest());
        var form = HtmlForm.Of(page.Html);
        var someoneElses = HtmlForm.Of((await host.NewBrowser().AuthorizeAsync(host.NewRequest())).Html)["__RequestVerificationToken"]!;

        var without = await browser.PostAsync(form.Action, form.With(("username", username), ("password", IdentityHost.Password))
            .Where(field => field.Key != "__RequestVerificationToken"));
        var forged = await browser.SubmitAsync(page, ("__RequestVerificationToken", someoneElses), ("username", username), ("password", IdentityHost.Password));

        foreach (var answer in new[] { without, forged })
        {
            Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
            Assert.Null(answer.Location);
            Assert.Contains("Sidan hann bli för gammal", answer.Text);
            Assert.Empty(answer.Internals);
        }
        Assert.DoesNotContain(browser.SetCookies, cookie => cookie.StartsWith("finsam-session=", StringComparison.Ordinal));
        // The page shown again has a token of its own, and takes the password.
        var signedIn = await browser.SignInAsync(forged, username, IdentityHost.Password);
        Assert.True(signedIn.Query.ContainsKey("code"), signedIn.Location?.ToString());
    }

    [Fact]
    public async Task The_page_forbids_framing_caching_and_every_script()
    {
        var page = await host.NewBrowser().AuthorizeAsync(host.NewRequest());

        var headers = page.Response.Headers;
        Assert.Equal("DENY", headers.GetValues("X-Frame-Options").Single());
        var policy = headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("no-store", headers.CacheControl?.ToString());
        Assert.DoesNotContain("<script", page.Html);
    }

    [Fact]
    public async Task Without_an_external_provider_configured_the_page_offers_none_and_nothing_answers_for_one()
    {
        var browser = host.NewBrowser();
        var page = await browser.AuthorizeAsync(host.NewRequest());
        var returnUrl = HtmlForm.Of(page.Html)["returnUrl"]!;

        var start = await browser.GetAsync($"/connect/external?returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.DoesNotContain("Logga in med", page.Text);
        Assert.Equal(HttpStatusCode.NotFound, start.Status);
    }
}
