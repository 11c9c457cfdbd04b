namespace Finsam.ServiceDefaults.Security;

// The one way an RPC states who may call it. AccessInterceptor enforces it in the
// service itself, so a call that bypasses the gateway is held to the same rule; an RPC
// without it is refused.
[AttributeUsage(AttributeTargets.Method)]
public sealed class FederationAccessAttribute(Access access) : Attribute
{
    public Access Access { get; } = access;
}
