using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Finsam.ServiceKit.Grpc;

// Turns the store's failures into the statuses callers can act on: a lost optimistic
// race is Aborted (retry with a fresh etag), an unreachable database is Unavailable.
public sealed class StoreErrorsInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request,
        ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new RpcException(new global::Grpc.Core.Status(StatusCode.Aborted,
                "The resource was changed by someone else; read it again and retry with its new etag."));
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Two writers raced for the same new row (an announcement's sequence, say):
            // the loser retries on a fresh read, as with a stale etag.
            throw new RpcException(new global::Grpc.Core.Status(StatusCode.Aborted,
                "Someone else changed this at the same moment; read it again and retry."));
        }
        catch (Exception exception) when (IsDatabaseUnreachable(exception))
        {
            // The pool's other idle connections died with this one: start afresh.
            DatabasePools.Clear();
            throw GrpcErrors.Unavailable("The database");
        }
    }

    private static bool IsDatabaseUnreachable(Exception exception) => exception switch
    {
        RetryLimitExceededException => true,
        NpgsqlException npgsql => npgsql.IsTransient,
        InvalidOperationException { InnerException: { } inner } => IsDatabaseUnreachable(inner),
        _ => false,
    };
}
