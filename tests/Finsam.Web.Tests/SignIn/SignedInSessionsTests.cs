using Finsam.Web.SignIn;

namespace Finsam.Web.Tests.SignIn;

// A person's requests land on either replica of the web app: their session is the same on both.
public sealed class SignedInSessionsTests(TwoReplicas replicas) : IClassFixture<TwoReplicas>
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_session_started_on_one_replica_is_found_on_the_other_until_either_ends_it()
    {
        var first = await replicas.First.StartAsync(Tokens("a"), Ct);
        var second = await replicas.Second.StartAsync(Tokens("b"), Ct);

        Assert.NotEqual(first, second);
        Assert.Matches("^[0-9A-F]{64}$", first);
        Assert.Equal("a", (await replicas.Second.FindAsync(first, Ct))!.AccessToken);
        Assert.Equal("b", (await replicas.First.FindAsync(second, Ct))!.AccessToken);

        Assert.Equal("a", (await replicas.Second.EndAsync(first, Ct))!.AccessToken);
        Assert.Null(await replicas.First.FindAsync(first, Ct));
        Assert.Null(await replicas.Second.FindAsync(first, Ct));
        Assert.Null(await replicas.First.EndAsync(first, Ct));
        Assert.Equal("b", (await replicas.Second.FindAsync(second, Ct))!.AccessToken);
        Assert.Null(await replicas.First.FindAsync("not a session", Ct));
    }

    [Fact]
    public async Task A_copy_of_the_table_names_no_cookie_and_shows_no_token_or_key()
    {
        var key = await replicas.First.StartAsync(new SessionTokens("access-token-in-clear", "refresh-token-in-clear", "id-token-in-clear", replicas.Clock.GetUtcNow().AddHours(1)), Ct);

        var ids = await replicas.ColumnAsync("signed_in_sessions", "id");
        var tokens = await replicas.ColumnAsync("signed_in_sessions", "tokens");
        Assert.DoesNotContain(key, ids);
        Assert.DoesNotContain(tokens, stored => stored.Contains("in-clear", StringComparison.Ordinal));
        var keys = await replicas.ColumnAsync("data_protection_keys", "xml");
        Assert.NotEmpty(keys);
        Assert.All(keys, xml => Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal));
        Assert.Equal("access-token-in-clear", (await replicas.Second.FindAsync(key, Ct))!.AccessToken);
    }

    [Fact]
    public async Task A_session_left_unused_longer_than_the_idle_limit_is_over_and_is_deleted_at_the_next_sign_in()
    {
        var idle = await replicas.First.StartAsync(Tokens("idle"), Ct);
        var used = await replicas.First.StartAsync(Tokens("used"), Ct);

        replicas.Clock.Advance(SignedInSessions.IdleLimit - TimeSpan.FromMinutes(1));
        Assert.NotNull(await replicas.Second.FindAsync(used, Ct));
        replicas.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Null(await replicas.Second.FindAsync(idle, Ct));
        Assert.NotNull(await replicas.First.FindAsync(used, Ct));
        // Over, but still stored until someone signs in. (The other tests' sessions, which the
        // clock has left idle too, go with it: only these three are asserted.)
        Assert.Contains(SignedInSessions.StoredId(idle), await replicas.ColumnAsync("signed_in_sessions", "id"));
        var someoneNew = await replicas.Second.StartAsync(Tokens("someone new"), Ct);
        var stored = await replicas.ColumnAsync("signed_in_sessions", "id");
        Assert.DoesNotContain(SignedInSessions.StoredId(idle), stored);
        Assert.Contains(SignedInSessions.StoredId(used), stored);
        Assert.Contains(SignedInSessions.StoredId(someoneNew), stored);
    }

    [Fact]
    public async Task Two_replicas_renewing_one_session_at_once_spend_its_refresh_token_once_and_both_get_the_new_tokens()
    {
        var key = await replicas.First.StartAsync(Expiring("old"), Ct);
        var renewals = 0;
        async Task<SessionTokens?> Renew(SessionTokens tokens, CancellationToken ct)
        {
            Assert.Equal("old", tokens.AccessToken);
            Interlocked.Increment(ref renewals);
            // Identity takes a while to answer: the other replica asks meanwhile.
            await Task.Delay(TimeSpan.FromMilliseconds(300), ct);
            return tokens with { AccessToken = "new", RefreshToken = "rolled", AccessTokenExpiresAt = replicas.Clock.GetUtcNow().AddHours(1) };
        }

        var both = await Task.WhenAll(replicas.First.RenewAsync(key, Renew, Ct), replicas.Second.RenewAsync(key, Renew, Ct));

        Assert.Equal(1, renewals);
        Assert.All(both, tokens => Assert.Equal("new", tokens!.AccessToken));
        Assert.Equal("rolled", (await replicas.Second.FindAsync(key, Ct))!.RefreshToken);
    }

    [Fact]
    public async Task A_renewal_identity_refuses_ends_the_session_on_every_replica()
    {
        var key = await replicas.First.StartAsync(Expiring("old"), Ct);

        Assert.Null(await replicas.Second.RenewAsync(key, (_, _) => Task.FromResult<SessionTokens?>(null), Ct));

        Assert.Null(await replicas.First.FindAsync(key, Ct));
        Assert.Null(await replicas.First.RenewAsync(key, (_, _) => throw new InvalidOperationException("An ended session is not renewed."), Ct));
    }

    [Fact]
    public void An_access_token_is_renewed_a_minute_before_it_lapses()
    {
        var expires = replicas.Clock.GetUtcNow().AddMinutes(10);
        var tokens = new SessionTokens("a", "r", "i", expires);
        Assert.False(tokens.NeedsRenewal(expires - SessionTokens.RenewalMargin - TimeSpan.FromSeconds(1)));
        Assert.True(tokens.NeedsRenewal(expires - SessionTokens.RenewalMargin));
        Assert.True(tokens.NeedsRenewal(expires.AddHours(1)));
    }

    private SessionTokens Tokens(string access) => new(access, "refresh", "id", replicas.Clock.GetUtcNow().AddHours(1));

    // Tokens within a minute of lapsing: the next call renews them.
    private SessionTokens Expiring(string access) => new(access, "refresh", "id", replicas.Clock.GetUtcNow().AddSeconds(30));
}
