using Google.Protobuf.Reflection;
using Google.Rpc;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Finsam.ServiceKit.Resources;
using Microsoft.Extensions.Hosting;
using Finsam.ServiceDefaults.Security;
using Finsam.ServiceKit.Security;

namespace Finsam.ServiceKit.Grpc;

public static class GrpcServiceExtensions
{
    // gRPC as every Finsam service serves it: bearer tokens and each RPC's access rule
    // checked in the service, the store's errors mapped to statuses,
    // JSON transcoding (with the error details readable as JSON), health and reflection.
    // The token server validates its own tokens (authenticate: false) and sets that up itself.
    public static IHostApplicationBuilder AddFinsamGrpc(this IHostApplicationBuilder builder, bool authenticate = true)
    {
        if (authenticate)
        {
            builder.AddFinsamAuthentication();
        }
        // Built now, so that a contract whose access rule cannot be enforced stops the start.
        builder.Services.AddSingleton(new AccessRules());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PlanYears>();
        builder.Services.AddGrpc(options =>
            {
                // First, so it is outermost: it sees what every other interceptor lets through.
                options.Interceptors.Add<UnexpectedErrorsInterceptor>();
                options.Interceptors.Add<AccessInterceptor>();
                options.Interceptors.Add<TextInputInterceptor>();
                options.Interceptors.Add<StoreErrorsInterceptor>();
            })
            .AddJsonTranscoding(options => options.TypeRegistry = TypeRegistry.FromMessages(
                BadRequest.Descriptor,
                ErrorInfo.Descriptor,
                PreconditionFailure.Descriptor,
                ResourceInfo.Descriptor));
        // grpc.health.v1 answers "" from every check (/health) and "liveness" from those tagged
        // "live" (/alive): a probe that speaks only HTTP/2, as Kubernetes' gRPC probes do, asks both.
        builder.Services.AddGrpcHealthChecks(options =>
            options.Services.Map("liveness", result => result.Tags.Contains("live")));
        builder.Services.AddGrpcReflection();
        return builder;
    }

    public static WebApplication MapFinsamGrpc<TService>(this WebApplication app) where TService : class
    {
        // Runs after routing (it needs the RPC's contract) and before transcoding reads the request.
        app.UseTranscodedRequestValidation();
        app.MapGrpcService<TService>();
        app.MapGrpcHealthChecksService();
        if (app.Environment.IsDevelopment())
        {
            app.MapGrpcReflectionService();
        }
        return app;
    }
}
