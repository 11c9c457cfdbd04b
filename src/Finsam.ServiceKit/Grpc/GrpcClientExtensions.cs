using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.ClientFactory;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Finsam.ServiceKit.Grpc;

public static class GrpcClientExtensions
{
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(10);

    // A client of another Finsam service, found through service discovery ("http://funding").
    // Calls carry the incoming call's deadline and cancellation (else 10 s) and the caller's
    // token, so the other service checks the same caller.
    public static IHttpClientBuilder AddFinsamGrpcClient<TClient>(this IServiceCollection services, string serviceName)
        where TClient : class
    {
        services.AddHttpContextAccessor();
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is experimental, but the supported way to undo ConfigureHttpClientDefaults for one client.
        return services.AddGrpcClient<TClient>(options => options.Address = new Uri($"http://{serviceName}"))
            // The standard HTTP resilience handler retries with back-off for seconds; a
            // service that is down must instead be reported at once (and a write must not
            // be repeated without its request id).
            .RemoveAllResilienceHandlers()
            .EnableCallContextPropagation(options => options.SuppressContextNotFoundErrors = true)
            .AddInterceptor(InterceptorScope.Client, services => new CallerForwardingInterceptor(
                services.GetRequiredService<IHttpContextAccessor>(), serviceName,
                services.GetRequiredService<ILoggerFactory>().CreateLogger<CallerForwardingInterceptor>()));
#pragma warning restore EXTEXP0001
    }
}

internal sealed class CallerForwardingInterceptor(IHttpContextAccessor http, string serviceName, ILogger logger) : Interceptor
{
    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context,
        AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        var headers = context.Options.Headers ?? [];
        if (http.HttpContext?.Request.Headers.Authorization.ToString() is { Length: > 0 } authorization
            && headers.Get("authorization") is null)
        {
            headers.Add("authorization", authorization);
        }
        var deadline = context.Options.Deadline ?? DateTime.UtcNow.Add(GrpcClientExtensions.DefaultDeadline);
        var options = context.Options.WithHeaders(headers).WithDeadline(deadline);

        var call = continuation(request, new ClientInterceptorContext<TRequest, TResponse>(context.Method, context.Host, options));
        return new AsyncUnaryCall<TResponse>(
            NameTheDependency(call.ResponseAsync),
            call.ResponseHeadersAsync, call.GetStatus, call.GetTrailers, call.Dispose);
    }

    // "funding is unavailable", not a bare connection error, when the other service is down.
    // The client's own failure (a refused connection, with the address and the .NET
    // exception in its detail) is logged, never passed on: only statuses the other service
    // answered itself carry their message to our caller.
    private async Task<TResponse> NameTheDependency<TResponse>(Task<TResponse> response)
    {
        try
        {
            return await response;
        }
        catch (RpcException exception) when (exception.Status.DebugException is not null
            || (exception.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded
                && !exception.Status.Detail.StartsWith($"{serviceName} ", StringComparison.Ordinal)))
        {
            logger.LogWarning(exception, "A call to {Service} failed: {Status}", serviceName, exception.Status);
            throw GrpcErrors.Unavailable(serviceName);
        }
    }
}
