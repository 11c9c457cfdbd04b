using System.Diagnostics;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;

namespace Finsam.ServiceKit.Grpc;

// Any exception a handler did not mean to answer with becomes Internal with a generic
// message and the trace id; the exception itself (its type, message and stack, which may
// name addresses and .NET types) is logged here and never reaches the caller.
public sealed class UnexpectedErrorsInterceptor(ILogger<UnexpectedErrorsInterceptor> logger) : Interceptor
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
        catch (Exception exception) when (IsUnexpected(exception, context))
        {
            throw Internal(exception, context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request,
        IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception exception) when (IsUnexpected(exception, context))
        {
            throw Internal(exception, context);
        }
    }

    // RpcExceptions are answers the services chose; a call the caller cancelled is theirs.
    private static bool IsUnexpected(Exception exception, ServerCallContext context) =>
        exception is not RpcException
        && !(exception is OperationCanceledException && context.CancellationToken.IsCancellationRequested);

    private RpcException Internal(Exception exception, ServerCallContext context)
    {
        var traceId = Activity.Current?.TraceId.ToString() ?? context.GetHttpContext().TraceIdentifier;
        logger.LogError(exception, "Unhandled exception in {Method} (trace {TraceId}).", context.Method, traceId);
        return new RpcException(new Status(StatusCode.Internal, $"An internal error occurred; quote trace id {traceId} when reporting it."));
    }
}
