using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Finsam.Web.SignIn;

// The tokens of every signed-in person's session, by a random key the session cookie carries.
// Kept in this process: a restart signs people out cleanly (their cookie finds no session and
// they sign in again); replicas need a shared store (issue #21).
public sealed class SignedInSessions(TimeProvider clock)
{
    // A session nobody has used for this long is forgotten (the sign-in itself lasts at most
    // identity's sign-in lifetime; this bounds memory for sessions never signed out).
    public static readonly TimeSpan IdleLimit = TimeSpan.FromHours(10);

    // One renewal at a time: a refresh token is used once (identity rolls them), so two tabs of
    // one session must not both spend it. Renewals are rare (once per access token's life).
    public SemaphoreSlim Renewing { get; } = new(1, 1);

    private readonly ConcurrentDictionary<string, Entry> _sessions = new(StringComparer.Ordinal);

    public string Start(SessionTokens tokens)
    {
        ForgetIdle();
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        _sessions[key] = new Entry(tokens, clock.GetUtcNow());
        return key;
    }

    public SessionTokens? Find(string key)
    {
        if (!_sessions.TryGetValue(key, out var entry))
        {
            return null;
        }
        _sessions[key] = entry with { LastUsed = clock.GetUtcNow() };
        return entry.Tokens;
    }

    public void Renewed(string key, SessionTokens tokens)
    {
        if (_sessions.ContainsKey(key))
        {
            _sessions[key] = new Entry(tokens, clock.GetUtcNow());
        }
    }

    public SessionTokens? End(string key) => _sessions.TryRemove(key, out var entry) ? entry.Tokens : null;

    private void ForgetIdle()
    {
        var now = clock.GetUtcNow();
        foreach (var (key, entry) in _sessions)
        {
            if (now - entry.LastUsed > IdleLimit)
            {
                _sessions.TryRemove(key, out _);
            }
        }
    }

    private sealed record Entry(SessionTokens Tokens, DateTimeOffset LastUsed);
}
