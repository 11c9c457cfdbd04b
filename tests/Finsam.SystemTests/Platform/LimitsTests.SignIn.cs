using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Finsam.SignInTesting;
using Finsam.SystemTests.Infrastructure;

namespace Finsam.SystemTests.Platform;

// Password guessing on the sign-in page (the only place a person gives a password) slows,
// then stops for a while, per username and per client address; each test signs in from a
// loopback address of its own.
public sealed partial class LimitsTests
{
    private const string Wrong = "Användarnamnet eller lösenordet är fel.";
    private const string Locked = "tillfälligt spärrad";

    [Fact]
    public async Task A_username_is_locked_after_repeated_wrong_passwords_even_to_the_right_one_until_the_lockout_passes()
    {
        var (browser, page) = await SignInPageAsync("127.0.0.21");
        var answers = new List<SignInAnswer>();
        var took = new List<TimeSpan>();
        for (var i = 0; i < LimitedSystem.AccountFailures; i++)
        {
            var clock = Stopwatch.StartNew();
            answers.Add(await SignInAsync(browser, page, "lena", "fel-lösenord-helt-och-hållet"));
            took.Add(clock.Elapsed);
        }

        Assert.All(answers, a => Assert.Equal(new SignInAnswer(HttpStatusCode.BadRequest, Wrong), a));
        // Back-off: the second failure waits BackOff, the third twice as long.
        Assert.True(took[2] >= 2 * LimitedSystem.BackOff, $"The third failure took {took[2]}.");
        var locked = await SignInAsync(browser, page, "lena", LimitedSystem.Password);
        Assert.Equal(HttpStatusCode.BadRequest, locked.Status);
        Assert.Contains(Locked, locked.Refusal);

        await Task.Delay(LimitedSystem.Lockout + TimeSpan.FromSeconds(1));
        Assert.Equal(SignInAnswer.SignedIn, await SignInAsync(browser, page, "lena", LimitedSystem.Password));
    }

    [Fact]
    public async Task An_unknown_username_is_locked_the_same_way_so_a_lock_tells_no_one_who_has_an_account()
    {
        var (browser, page) = await SignInPageAsync("127.0.0.22");
        var answers = new List<SignInAnswer>();
        for (var i = 0; i <= LimitedSystem.AccountFailures; i++)
        {
            answers.Add(await SignInAsync(browser, page, "ingen-sadan-person", "fel-lösenord-helt-och-hållet"));
        }

        Assert.All(answers[..^1], a => Assert.Equal(new SignInAnswer(HttpStatusCode.BadRequest, Wrong), a));
        Assert.Contains(Locked, answers[^1].Refusal);
    }

    [Fact]
    public async Task An_address_is_locked_after_repeated_failures_across_usernames_while_other_addresses_sign_in()
    {
        var (guesser, page) = await SignInPageAsync("127.0.0.23");
        for (var i = 0; i < LimitedSystem.AddressFailures; i++)
        {
            // One failure per username: no username reaches its own limit.
            Assert.Equal(new SignInAnswer(HttpStatusCode.BadRequest, Wrong),
                await SignInAsync(guesser, page, $"gissning-{i}", "fel-lösenord-helt-och-hållet"));
        }

        var locked = await SignInAsync(guesser, page, "olle", LimitedSystem.Password);
        Assert.Contains(Locked, locked.Refusal);
        Assert.Contains("från din adress", locked.Refusal);

        var (someoneElse, theirPage) = await SignInPageAsync("127.0.0.24");
        Assert.Equal(SignInAnswer.SignedIn, await SignInAsync(someoneElse, theirPage, "olle", LimitedSystem.Password));
    }

    [Fact]
    public async Task The_sign_in_form_and_the_token_endpoint_share_a_tighter_rate_limit_per_address()
    {
        var (browser, page) = await SignInPageAsync("127.0.0.25");
        using var app = FromAddress.Client(system.App.GetEndpoint("gateway", "http"), "127.0.0.25");
        var wrongSecret = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = Tokens.AdminClientId,
            ["client_secret"] = "fel-hemlighet",
        };
        for (var i = 0; i < LimitedSystem.TokenPermitsPerWindow / 2; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await SignInAsync(browser, page, "stina", "fel-lösenord-helt-och-hållet")).Status);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await TokenAnswer.RequestAsync(app, wrongSecret)).Status);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(browser, page, "stina", LimitedSystem.Password)).Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await TokenAnswer.RequestAsync(app, wrongSecret)).Status);
        // The rest of the API keeps its own, larger bucket.
        using var api = FromAddress.Client(system.App.GetEndpoint("gateway", "http"), "127.0.0.25");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/v1/catalogue?query=x")).StatusCode);
    }

    // A browser at this address on identity's sign-in page, with the web app's request
    // (finsam-web, back to the app's own address); the page's form is sent again and again.
    private async Task<(SignInBrowser Browser, Answer Page)> SignInPageAsync(string address)
    {
        var browser = new SignInBrowser(FromAddress.Browser(system.App.GetEndpoint("gateway", "http"), address));
        var request = AuthorizationRequest.For(Tokens.WebClientId, Tokens.WebRedirectUri(system.App.GetEndpoint("web", "http")));
        var page = await browser.AuthorizeAsync(request);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return (browser, page);
    }

    // The sign-in form's answer: the refusal it shows, or the browser sent back to the app
    // with a code (SignInAnswer.SignedIn); a status of its own when the gateway turns it away.
    private static async Task<SignInAnswer> SignInAsync(SignInBrowser browser, Answer page, string username, string password)
    {
        var answer = await browser.SignInAsync(page, username, password);
        if (answer.IsRedirect && answer.Query.ContainsKey("code"))
        {
            return SignInAnswer.SignedIn;
        }
        var refusal = RefusalShown().Match(answer.Html);
        return new SignInAnswer(answer.Status, refusal.Success ? WebUtility.HtmlDecode(refusal.Groups["text"].Value) : "");
    }

    private sealed record SignInAnswer(HttpStatusCode Status, string Refusal)
    {
        public static SignInAnswer SignedIn { get; } = new(HttpStatusCode.Redirect, "");
    }

    [GeneratedRegex("""<p id="inloggning-fel" class="fel" role="alert">(?<text>[^<]*)</p>""")]
    private static partial Regex RefusalShown();
}
