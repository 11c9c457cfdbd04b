using System.Security.Cryptography;
using System.Text;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Finsam.Hosting.Dashboard;

// The resource service answers the dashboard only: it can stop and start the system.
internal sealed class ResourceServiceKeyCheck(string apiKey) : Interceptor
{
    public const string Header = "x-resource-service-api-key";

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Check(context);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Check(context);
        return continuation(request, responseStream, context);
    }

    private void Check(ServerCallContext context)
    {
        var given = context.RequestHeaders.GetValue(Header) ?? "";
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(apiKey)))
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated, "The resource service answers the dashboard only."));
        }
    }
}
