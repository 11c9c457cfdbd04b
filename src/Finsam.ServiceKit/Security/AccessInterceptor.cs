using Finsam.ServiceDefaults.Security;
using Finsam.ServiceKit.Grpc;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Finsam.ServiceKit.Security;

// Enforces each RPC's declared access rule against the caller's token, in the service. The
// federation is read from exactly the field the RPC declares, every other resource name in the
// request must point into the same federation, and the handler gets what was resolved.
public sealed class AccessInterceptor(AccessRules rules) : Interceptor
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

    private void Authorize(object request, ServerCallContext context)
    {
        var rule = rules.Find(context.Method)
            ?? throw new RpcException(new Status(StatusCode.PermissionDenied, $"{context.Method} declares no access rule, so nobody may call it."));
        var caller = FinsamCaller.From(context.GetHttpContext().User);
        if (rule.Level != Access.Anonymous && caller is null)
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated, "Sign in: send an access token as 'Authorization: Bearer ...'."));
        }
        if (rule.Level == Access.Administer && !caller!.IsRegionalAdministrator)
        {
            throw Denied(caller, "Only a regional administrator may do this.");
        }
        if (rule.FederationField is not { } field)
        {
            return;
        }

        var message = (IMessage)request;
        var federationId = FederationNames.Parse(field.Read(message));
        if (federationId is null)
        {
            // Before anything else is looked at: the caller learns only the expected form.
            FieldViolations.Throw(field.Text, ViolationReason.InvalidFormat, "Name a federation's resource: federations/{federation}/...");
        }
        if (rule.Level is Access.Read or Access.Write or Access.Audit && !caller!.Can(rule.Level, federationId!))
        {
            throw Denied(caller, $"You may not {Verb(rule.Level)} federations/{federationId}.");
        }
        RefuseNamesOutside(federationId!, message, field.Text);
        new FederationScope(federationId!).AttachTo(context);
    }

    // A request about one federation that names a resource of another is refused whole,
    // whoever asks: no handler ever sees two federations in one request.
    private static void RefuseNamesOutside(string federationId, IMessage request, string declaredField)
    {
        var violations = new FieldViolations();
        foreach (var (path, value) in ResourceNameFields.In(request))
        {
            if (path != declaredField
                && FederationNames.IsRootedInAFederation(value)
                && FederationNames.Parse(value) != federationId)
            {
                violations.Add(path, ViolationReason.OtherFederation, $"Must name a resource of federations/{federationId}, as {declaredField} does.");
            }
        }
        violations.ThrowIfAny();
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
