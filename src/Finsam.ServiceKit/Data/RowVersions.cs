using System.Linq.Expressions;
using Finsam.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Microsoft.Extensions.Hosting;

// Optimistic concurrency as every service does it: a row's PostgreSQL xmin is its etag.
public static class RowVersions
{
    // A caller's etag must match the row as read, and becomes the original value, so a
    // write based on an older read fails in the database too, not only in this check.
    public static void ExpectEtag<TEntity>(this DbContext db, TEntity entity, Expression<Func<TEntity, uint>> version, string etag, string resourceName)
        where TEntity : class
    {
        if (string.IsNullOrEmpty(etag))
        {
            return;
        }
        var property = db.Entry(entity).Property(version);
        if (!uint.TryParse(etag, out var expected) || expected != property.CurrentValue)
        {
            throw GrpcErrors.StaleEtag(resourceName);
        }
        property.OriginalValue = expected;
    }

    // Two writers raced for the same new row (the same id, or the same request id).
    public static bool IsUniqueViolation(this DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    // PostgreSQL keeps microseconds: a time written now reads back as this.
    public static DateTimeOffset StoredNow(this TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % (TimeSpan.TicksPerMillisecond / 1000)));
    }
}
