using Grpc.Core;

namespace Finsam.ServiceKit.Security;

// The federation a call is about, as the access check resolved it from the field the RPC
// declares. Handlers take the federation from here, never from a field of their own choosing.
public sealed record FederationScope(string FederationId)
{
    private static readonly object Key = typeof(FederationScope);

    internal void AttachTo(ServerCallContext context) => context.UserState[Key] = this;

    internal static FederationScope? Of(ServerCallContext context) =>
        context.UserState.TryGetValue(Key, out var scope) ? (FederationScope)scope : null;
}

public static class FederationScopeExtensions
{
    // The federation the access check resolved; only RPCs that declare a federation field have one.
    public static FederationScope Federation(this ServerCallContext context) =>
        FederationScope.Of(context)
        ?? throw new InvalidOperationException($"{context.Method} declares no federation field, so no federation was resolved.");

    public static string FederationId(this ServerCallContext context) => context.Federation().FederationId;
}
