using Finsam.Web.SignIn;
using Microsoft.Extensions.Time.Testing;

namespace Finsam.Web.Tests.SignIn;

public sealed class SignedInSessionsTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_session_keeps_its_tokens_under_a_key_nobody_can_guess_until_it_ends()
    {
        var sessions = new SignedInSessions(_clock);
        var first = sessions.Start(Tokens("a"));
        var second = sessions.Start(Tokens("b"));

        Assert.NotEqual(first, second);
        Assert.Equal(64, first.Length);
        Assert.Equal("a", sessions.Find(first)!.AccessToken);
        Assert.Equal("a", sessions.End(first)!.AccessToken);
        Assert.Null(sessions.Find(first));
        Assert.Null(sessions.End(first));
        Assert.Equal("b", sessions.Find(second)!.AccessToken);
    }

    [Fact]
    public void Renewed_tokens_replace_the_old_but_an_ended_session_stays_ended()
    {
        var sessions = new SignedInSessions(_clock);
        var key = sessions.Start(Tokens("old"));
        sessions.Renewed(key, Tokens("new"));
        Assert.Equal("new", sessions.Find(key)!.AccessToken);

        sessions.End(key);
        sessions.Renewed(key, Tokens("after-the-end"));
        Assert.Null(sessions.Find(key));
    }

    [Fact]
    public void A_session_left_unused_longer_than_the_idle_limit_is_forgotten()
    {
        var sessions = new SignedInSessions(_clock);
        var idle = sessions.Start(Tokens("idle"));
        var used = sessions.Start(Tokens("used"));

        _clock.Advance(SignedInSessions.IdleLimit - TimeSpan.FromMinutes(1));
        sessions.Find(used);
        _clock.Advance(TimeSpan.FromMinutes(2));
        sessions.Start(Tokens("someone new"));

        Assert.Null(sessions.Find(idle));
        Assert.NotNull(sessions.Find(used));
    }

    [Fact]
    public void An_access_token_is_renewed_a_minute_before_it_lapses()
    {
        var expires = _clock.GetUtcNow().AddMinutes(10);
        var tokens = new SessionTokens("a", "r", "i", expires);
        Assert.False(tokens.NeedsRenewal(expires - SessionTokens.RenewalMargin - TimeSpan.FromSeconds(1)));
        Assert.True(tokens.NeedsRenewal(expires - SessionTokens.RenewalMargin));
        Assert.True(tokens.NeedsRenewal(expires.AddHours(1)));
    }

    private SessionTokens Tokens(string access) => new(access, "refresh", "id", _clock.GetUtcNow().AddHours(1));
}
