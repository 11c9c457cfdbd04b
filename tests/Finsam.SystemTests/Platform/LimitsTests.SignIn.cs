using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Finsam.SystemTests.Infrastructure;

namespace Finsam.SystemTests.Platform;

// Password guessing slows, then stops for a while, per username and per client address;
// each test signs in from a loopback address of its own.
public sealed partial class LimitsTests
{
    private const string Locked = "temporarily locked";

    [Fact]
    public async Task A_username_is_locked_after_repeated_wrong_passwords_even_to_the_right_one_until_the_lockout_passes()
    {
        using var http = FromAddress.Client(system.App.GetEndpoint("gateway", "http"), "127.0.0.21");
        var answers = new List<(HttpStatusCode, string)>();
        var took = new List<TimeSpan>();
        for (var i = 0; i < LimitedSystem.AccountFailures; i++)
        {
            var clock = Stopwatch.StartNew();
            answers.Add(await SignInAsync(http, "lena", "fel-lösenord-helt-och-hållet"));
            took.Add(clock.Elapsed);
        }

        Assert.All(answers, a => Assert.Equal((HttpStatusCode.BadRequest, "The username or the password is wrong."), a));
        // Back-off: the second failure waits BackOff, the third twice as long.
        Assert.True(took[2] >= 2 * LimitedSystem.BackOff, $"The third failure took {took[2]}.");
        var locked = await SignInAsync(http, "lena", LimitedSystem.Password);
        Assert.Equal(HttpStatusCode.BadRequest, locked.Status);
        Assert.Contains(Locked, locked.Description);

        await Task.Delay(LimitedSystem.Lockout + TimeSpan.FromSeconds(1));
        Assert.Equal((HttpStatusCode.OK, ""), await SignInAsync(http, "lena", LimitedSystem.Password));
    }

    [Fact]
    public async Task An_unknown_username_is_locked_the_same_way_so_a_lock_tells_no_one_who_has_an_account()
    {
        using var http = FromAddress.Client(system.App.GetEndpoint("gateway", "http"), "127.0.0.22");
        var answers = new List<(HttpStatusCode, string)>();
        for (var i = 0; i <= LimitedSystem.AccountFailures; i++)
        {
            answers.Add(await SignInAsync(http, "ingen-sadan-person", "fel-lösenord-helt-och-hållet"));
        }

        Assert.All(answers[..^1], a => Assert.Equal((HttpStatusCode.BadRequest, "The username or the password is wrong."), a));
        Assert.Contains(Locked, answers[^1].Item2);
    }

    [Fact]
    public async Task An_address_is_locked_after_repeated_failures_across_usernames_while_other_addresses_sign_in()
    {
        using var guesser = FromAddress.Client(system.App.GetEndpoint("gateway", "http"), "127.0.0.23");
        for (var i = 0; i < LimitedSystem.AddressFailures; i++)
        {
            // One failure per username: no username reaches its own limit.
            Assert.Equal((HttpStatusCode.BadRequest, "The username or the password is wrong."),
                await SignInAsync(guesser, $"gissning-{i}", "fel-lösenord-helt-och-hållet"));
        }

        var locked = await SignInAsync(guesser, "olle", LimitedSystem.Password);
        Assert.Contains(Locked, locked.Description);
        Assert.Contains("address", locked.Description);

        using var someoneElse = FromAddress.Client(system.App.GetEndpoint("gateway", "http"), "127.0.0.24");
        Assert.Equal((HttpStatusCode.OK, ""), await SignInAsync(someoneElse, "olle", LimitedSystem.Password));
    }

    [Fact]
    public async Task The_token_endpoint_has_a_tighter_rate_limit_per_address()
    {
        using var http = FromAddress.Client(system.App.GetEndpoint("gateway", "http"), "127.0.0.25");
        for (var i = 0; i < LimitedSystem.TokenPermitsPerWindow; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await SignInAsync(http, "stina", LimitedSystem.Password)).Status);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(http, "stina", LimitedSystem.Password)).Status);
        // The rest of the API keeps its own, larger bucket.
        using var api = FromAddress.Client(system.App.GetEndpoint("gateway", "http"), "127.0.0.25");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/v1/catalogue?query=x")).StatusCode);
    }

    // The token endpoint's status and error_description ("" for a token).
    private static async Task<(HttpStatusCode Status, string Description)> SignInAsync(HttpClient http, string username, string password)
    {
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["username"] = username,
            ["password"] = password,
        }));
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.BadRequest)
        {
            return (response.StatusCode, "");
        }
        return (response.StatusCode, JsonDocument.Parse(body).RootElement.GetProperty("error_description").GetString() ?? "");
    }
}
