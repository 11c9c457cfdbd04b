using Finsam.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Finsam.Identity.SignIn;

// Counts failed password sign-ins per username and per client address in identity's
// database, so that every replica counts the same runs and honours the same locks (FailureRun
// has the rules). A username is counted whether or not it has an account, so a lock tells
// nothing about who has one.
public sealed class SignInThrottle(IdentityDbContext db, IOptions<SignInLimits> options, TimeProvider clock)
{
    private readonly SignInLimits _limits = options.Value;

    public async Task<SignInRefusal?> CheckAsync(string username, string address, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var account = AccountKey(username);
        var locked = await db.SignInFailures.AsNoTracking()
            .Where(f => (f.Kind == SignInFailureEntity.Address && f.Key == address) || (f.Kind == SignInFailureEntity.Account && f.Key == account))
            .Where(f => f.LockedUntil > now)
            .Select(f => f.Kind)
            .ToListAsync(ct);
        return locked.Contains(SignInFailureEntity.Address) ? SignInRefusal.AddressLocked
            : locked.Contains(SignInFailureEntity.Account) ? SignInRefusal.AccountLocked
            : null;
    }

    // Records a wrong password and says how long to hold the answer back.
    public async Task<TimeSpan> FailedAsync(string username, string address, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        int inARow;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await CountAsync(SignInFailureEntity.Address, address, _limits.AddressFailures, now, ct);
            inARow = await CountAsync(SignInFailureEntity.Account, AccountKey(username), _limits.AccountFailures, now, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        // Runs that are over go; one being counted now is left to its counter, not waited for.
        await db.Database.ExecuteSqlAsync(
            $"DELETE FROM sign_in_failures WHERE (kind, key) IN (SELECT kind, key FROM sign_in_failures WHERE ends < {now} FOR UPDATE SKIP LOCKED)", ct);
        return FailureRun.BackOff(inARow, _limits);
    }

    // A right password clears the account's run of failures, not the address's.
    public async Task SucceededAsync(string username, CancellationToken ct)
    {
        var account = AccountKey(username);
        await db.SignInFailures.Where(f => f.Kind == SignInFailureEntity.Account && f.Key == account).ExecuteDeleteAsync(ct);
    }

    // One more failure in the key's run. The upsert locks the row (made empty when missing)
    // until the transaction ends: two replicas counting the same username at once count two.
    private async Task<int> CountAsync(string kind, string key, int limit, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await db.SignInFailures
            .FromSql($"""
                INSERT INTO sign_in_failures (kind, key, count, since, ends) VALUES ({kind}, {key}, 0, {now}, {now})
                ON CONFLICT (kind, key) DO UPDATE SET count = sign_in_failures.count RETURNING *
                """)
            .ToListAsync(ct);
        var row = rows.Single();
        var earlier = row.Count == 0 ? null : new FailureRun(row.Count, row.Since, row.LockedUntil);
        var run = FailureRun.After(earlier, limit, now, _limits);
        (row.Count, row.Since, row.LockedUntil, row.Ends) = (run.Count, run.Since, run.LockedUntil, run.Ends(_limits.Window));
        return run.Count;
    }

    private static string AccountKey(string username) => username.ToLowerInvariant();
}
