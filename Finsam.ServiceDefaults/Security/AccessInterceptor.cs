using Grpc.Core;
using Grpc.Core.Interceptors;
using Google.Protobuf;
using Microsoft.AspNetCore.Http;

namespace Finsam.ServiceDefaults.Security;

// Enforces each RPC's [FederationAccess] rule against the caller's token, in the service.
public sealed class AccessInterceptor : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request,
        ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Authorize(request, context);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request,
        IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Authorize(request, context);
        return continuation(request, responseStream, context);
    }

    private static void Authorize(object request, ServerCallContext context)
    {
        var http = context.GetHttpContext();
        var rule = http.GetEndpoint()?.Metadata.GetMetadata<FederationAccessAttribute>()
            ?? throw new RpcException(new Status(StatusCode.PermissionDenied, $"{context.Method} declares no access rule, so nobody may call it."));
        if (rule.Access == Access.Anonymous)
        {
            return;
        }

        var caller = FinsamCaller.From(http.User)
            ?? throw new RpcException(new Status(StatusCode.Unauthenticated, "Sign in: send an access token as 'Authorization: Bearer ...'."));
        if (rule.Access == Access.SignedIn)
        {
            return;
        }
        if (rule.Access == Access.Administer)
        {
            if (!caller.IsRegionalAdministrator)
            {
                throw Denied(caller, "Only a regional administrator may do this.");
            }
            return;
        }

        var federation = request is IMessage message ? FederationOfRequest.Find(message) : null;
        if (federation is null)
        {
            // Nothing to check the caller against: only a regional administrator gets to
            // learn from the service's validation what is wrong with the request.
            if (!caller.IsRegionalAdministrator)
            {
                throw Denied(caller, "The request names no federation you have a role in.");
            }
            return;
        }
        if (!caller.Can(rule.Access, federation))
        {
            throw Denied(caller, $"You may not {Verb(rule.Access)} federations/{federation}.");
        }
    }

    private static string Verb(Access access) => access switch
    {
        Access.Write => "change",
        Access.Audit => "read the audit trail of",
        _ => "read",
    };

    private static RpcException Denied(FinsamCaller caller, string reason) =>
        new(new Status(StatusCode.PermissionDenied, $"{reason} (signed in as {caller.Subject})"));
}
