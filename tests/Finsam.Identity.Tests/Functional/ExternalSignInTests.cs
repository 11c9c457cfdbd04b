using System.Net;
using Finsam.Contracts.Identity.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.Identity.Data;
using Finsam.SignInTesting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Finsam.Identity.Tests.Functional;

// Where an external OpenID Connect provider is configured, a person may sign in there
// instead of giving a password: the sign-in page offers it by name, and identity takes the
// provider's subject to the Finsam person a regional administrator linked to it. The app
// then gets that person's tokens, with their roles, as after a password. An identity there
// that no person is linked to is refused in Swedish, and no person is made from it.
public sealed class ExternalSignInTests(ExternalSignInHost host) : IClassFixture<ExternalSignInHost>
{
    [Fact]
    public async Task The_sign_in_page_offers_the_provider_by_name_beside_the_password()
    {
        var page = await host.NewBrowser().AuthorizeAsync(host.NewRequest());

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains($"Logga in med {ExternalSignInHost.ProviderName}", page.Text);
        Assert.StartsWith("/connect/external?returnUrl=%2Fconnect%2Fauthorize%3F", ExternalSignInHost.ExternalLinkOf(page));
        Assert.Equal("/connect/signin", HtmlForm.Of(page.Html).Action);
        Assert.Empty(page.Internals);
    }

    [Fact]
    public async Task A_person_linked_to_their_subject_there_signs_in_and_the_app_gets_their_tokens_and_roles()
    {
        var subject = $"extern-{Guid.NewGuid():N}";
        var username = await host.NewLinkedPersonAsync(subject, Role.Editor);
        host.Provider.SignedIn = subject;
        var browser = host.NewBrowser();

        var (request, callback) = await host.SignInExternallyAsync(browser);

        Assert.Equal(IdentityHost.RedirectUri, callback.Location?.GetLeftPart(UriPartial.Path));
        Assert.Equal(request.State, callback.Query["state"]);
        var tokens = await host.WebApp().ExchangeAsync(callback.Query["code"], request);
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        Assert.Equal($"people/{username}", TokenAnswer.ClaimsOf(tokens.AccessToken!).GetProperty("sub").GetString());
        Assert.Equal("Anna Andersson", TokenAnswer.ClaimsOf(tokens.IdToken!).GetProperty("name").GetString());
        var caller = await host.CallerOfAsync(tokens.AccessToken!);
        Assert.Equal([Role.Editor], caller.Grants.Select(grant => grant.Role));

        // The person now has a session at identity, as after a password: the next code needs no sign-in.
        var again = host.NewRequest();
        var silent = await browser.AuthorizeAsync(again);
        Assert.Equal(again.State, silent.Query["state"]);
        Assert.True(silent.Query.ContainsKey("code"), silent.Location?.ToString());
    }

    [Fact]
    public async Task An_identity_there_that_no_person_is_linked_to_is_refused_in_swedish_and_no_person_is_made()
    {
        await host.NewLinkedPersonAsync($"extern-{Guid.NewGuid():N}", Role.Editor);
        var people = await PeopleCountAsync();
        host.Provider.SignedIn = $"okand-{Guid.NewGuid():N}";
        var browser = host.NewBrowser();

        var (_, answer) = await host.SignInExternallyAsync(browser);

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.Null(answer.Location);
        Assert.Contains("<html lang=\"sv\">", answer.Html);
        Assert.Contains("Kontot är inte kopplat till Finsam", answer.Text);
        Assert.Contains($"Du loggade in hos {ExternalSignInHost.ProviderName}", answer.Text);
        Assert.Empty(answer.Internals);
        Assert.DoesNotContain(browser.SetCookies, cookie => cookie.StartsWith("finsam-session=", StringComparison.Ordinal));
        Assert.Equal(people, await PeopleCountAsync());
        // The way back is the sign-in page for the same request, where a password still works.
        var back = await browser.GetAsync(HtmlLink(answer, "Tillbaka till inloggningen"));
        Assert.Contains("Logga in i Finsam", back.Text);
    }

    [Fact]
    public async Task A_person_who_cancels_at_the_provider_is_told_in_swedish()
    {
        host.Provider.SignedIn = null;
        var browser = host.NewBrowser();

        var (_, answer) = await host.SignInExternallyAsync(browser);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains("Inloggningen avbröts", answer.Text);
        Assert.Empty(answer.Internals);
        Assert.DoesNotContain(browser.SetCookies, cookie => cookie.StartsWith("finsam-session=", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://angripare.example/")]
    [InlineData("/connect/token?grant_type=x")]
    [InlineData("")]
    public async Task Signing_in_at_the_provider_goes_back_to_the_authorization_endpoint_only(string returnUrl)
    {
        var answer = await host.NewBrowser().GetAsync($"/connect/external?returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Null(answer.Location);
        Assert.Contains("Inloggningen kan inte fortsätta", answer.Text);
    }

    [Fact]
    public async Task A_subject_there_is_linked_to_one_person_only()
    {
        var subject = $"extern-{Guid.NewGuid():N}";
        await host.NewLinkedPersonAsync(subject);

        var violations = await RpcAssert.IsInvalidWithReasons(() => host.NewLinkedPersonAsync(subject));

        Assert.Equal([("person.external_subject", "DUPLICATE")], violations);
    }

    private async Task<int> PeopleCountAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().People.CountAsync();
    }

    private static string HtmlLink(Answer page, string text)
    {
        var at = page.Html.IndexOf($">{text}</a>", StringComparison.Ordinal);
        var start = page.Html.LastIndexOf("href=\"", at, StringComparison.Ordinal) + "href=\"".Length;
        return WebUtility.HtmlDecode(page.Html[start..page.Html.IndexOf('"', start)]);
    }
}
