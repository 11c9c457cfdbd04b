using System.Linq.Expressions;
using Finsam.ServiceKit.Grpc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Finsam.ServiceKit.Data;

// A create that is safe to retry (AIP-155). With a request id, a retry gets the original
// back, whether the first call finished long ago or is racing this one; without one, a
// second resource under a taken name is AlreadyExists.
public static class IdempotentCreate
{
    // earlier: the stored row with the same request id in the same federation.
    // stage: adds the new row and its audit record to the unit of work.
    public static async Task<CreateResult<TEntity>> CreateOnceAsync<TEntity>(
        this DbContext db,
        string? requestId,
        Expression<Func<TEntity, bool>> earlier,
        string resourceName,
        Func<TEntity> stage,
        CancellationToken ct)
        where TEntity : class
    {
        if (requestId is not null && await FindAsync(db, earlier, ct) is { } original)
        {
            return new CreateResult<TEntity>(original, Created: false);
        }

        var entity = stage();
        try
        {
            await db.SaveChangesAsync(ct);
            return new CreateResult<TEntity>(entity, Created: true);
        }
        catch (DbUpdateException raced) when (raced.IsUniqueViolation())
        {
            // Forget what this attempt staged; the winner's row is the answer.
            db.ChangeTracker.Clear();
            if (requestId is not null && await FindAsync(db, earlier, ct) is { } winner)
            {
                return new CreateResult<TEntity>(winner, Created: false);
            }
            throw GrpcErrors.AlreadyExists(resourceName);
        }
    }

    private static Task<TEntity?> FindAsync<TEntity>(DbContext db, Expression<Func<TEntity, bool>> earlier, CancellationToken ct)
        where TEntity : class =>
        db.Set<TEntity>().AsNoTracking().SingleOrDefaultAsync(earlier, ct);
}

public sealed record CreateResult<TEntity>(TEntity Entity, bool Created);
