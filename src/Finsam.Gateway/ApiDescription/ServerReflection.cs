using Finsam.Contracts;
using Grpc.Reflection;

namespace Finsam.Gateway.ApiDescription;

// gRPC server reflection (v1 and v1alpha, as grpcurl asks) at the gateway, answered from
// the contracts' descriptors, in every environment: the contracts are public anyway, and
// a client finds every service at the one address it uses. Only the reflection paths are
// the gateway's own; every other gRPC path goes through YARP.
internal static class ServerReflection
{
    public static void Add(IServiceCollection services)
    {
        services.AddGrpc();
        services.AddSingleton(new ReflectionServiceImpl(ContractServices.All));
        services.AddSingleton(new ReflectionV1ServiceImpl(ContractServices.All));
    }

    public static void Map(WebApplication app, string rateLimiterPolicy)
    {
        app.MapGrpcService<ReflectionServiceImpl>().AllowAnonymous().RequireRateLimiting(rateLimiterPolicy);
        app.MapGrpcService<ReflectionV1ServiceImpl>().AllowAnonymous().RequireRateLimiting(rateLimiterPolicy);
    }
}
