using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Finsam.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Finsam.Web.SignIn;

// The tokens of every signed-in person's session, by a random key the session cookie carries,
// kept in the web app's database: every replica finds the same sessions, signing out on one
// ends the session on all, and a restart signs nobody out. The table holds the tokens
// protected (Data Protection, whose keys are sealed) and the key only as its hash, so a copy
// of it neither opens a session nor names a cookie.
public sealed class SignedInSessions(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider clock)
{
    // A session nobody has used for this long is over (the sign-in itself lasts at most
    // identity's sign-in lifetime; this bounds the table for sessions never signed out).
    public static readonly TimeSpan IdleLimit = TimeSpan.FromHours(10);

    // How stale a session's last use may be in the table: a session in use is then one write
    // a minute, not one per request.
    public static readonly TimeSpan UseNotedEvery = TimeSpan.FromMinutes(1);

    private readonly IDataProtector _protector = protection.CreateProtector("Finsam.Web.SignedInSessions");

    public async Task<string> StartAsync(SessionTokens tokens, CancellationToken ct)
    {
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebDbContext>();
        var idleSince = now - IdleLimit;
        await db.SignedInSessions.Where(s => s.LastUsed < idleSince).ExecuteDeleteAsync(ct);
        db.SignedInSessions.Add(new SignedInSessionEntity { Id = StoredId(key), Tokens = Protect(tokens), LastUsed = now });
        await db.SaveChangesAsync(ct);
        return key;
    }

    // The session's tokens, or null when it has ended (signed out, idle too long, unknown).
    public async Task<SessionTokens?> FindAsync(string key, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var id = StoredId(key);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebDbContext>();
        var session = await db.SignedInSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null || now - session.LastUsed > IdleLimit)
        {
            return null;
        }
        if (now - session.LastUsed >= UseNotedEvery)
        {
            await db.SignedInSessions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastUsed, now), ct);
        }
        return Open(session.Tokens);
    }

    // The session's tokens, renewed first when they need it (renew: at identity; null when
    // identity will not, which ends the session). A refresh token is spent once (identity
    // rolls them), so two tabs or two replicas must not both spend it: the session's row is
    // locked while identity answers, and whoever waited for it finds the tokens renewed.
    public async Task<SessionTokens?> RenewAsync(
        string key, Func<SessionTokens, CancellationToken, Task<SessionTokens?>> renew, CancellationToken ct)
    {
        var id = StoredId(key);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var locked = await db.SignedInSessions
            .FromSql($"SELECT * FROM signed_in_sessions WHERE id = {id} FOR UPDATE")
            .ToListAsync(ct);
        if (locked is not [var session] || Open(session.Tokens) is not { } tokens)
        {
            return null;
        }
        if (!tokens.NeedsRenewal(clock.GetUtcNow()))
        {
            await transaction.CommitAsync(ct);
            return tokens;
        }
        var renewed = await renew(tokens, ct);
        if (renewed is null)
        {
            db.SignedInSessions.Remove(session);
        }
        else
        {
            session.Tokens = Protect(renewed);
            session.LastUsed = clock.GetUtcNow();
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return renewed;
    }

    // Ends the session here and on every replica; its tokens, for revoking them at identity.
    public async Task<SessionTokens?> EndAsync(string key, CancellationToken ct)
    {
        var id = StoredId(key);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebDbContext>();
        var ended = await db.SignedInSessions
            .FromSql($"DELETE FROM signed_in_sessions WHERE id = {id} RETURNING *")
            .AsNoTracking()
            .ToListAsync(ct);
        return ended is [var session] ? Open(session.Tokens) : null;
    }

    // The row is named by the cookie's key hashed, so the table never holds a key that signs someone in.
    internal static string StoredId(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private string Protect(SessionTokens tokens) => _protector.Protect(JsonSerializer.Serialize(tokens));

    // Null for tokens the keys no longer open (keys replaced by hand): that session is over.
    private SessionTokens? Open(string protectedTokens)
    {
        try
        {
            return JsonSerializer.Deserialize<SessionTokens>(_protector.Unprotect(protectedTokens));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
