using Finsam.Identity.Data;
using Finsam.ServiceDefaults.Security;
using Grpc.Core;
using Contract = Finsam.Contracts.Identity.V1;

namespace Finsam.Identity.Grpc;

public sealed partial class AccessService
{
    // What the caller's token says, read from its claims: nothing is looked up.
    public override Task<Contract.Caller> GetCaller(Contract.GetCallerRequest request, ServerCallContext context)
    {
        var user = context.GetHttpContext().User;
        var caller = new Contract.Caller { Principal = user.FindFirst("sub")?.Value ?? "" };
        caller.Grants.AddRange(user.FindAll(FinsamRoles.GrantClaimType).Select(claim =>
        {
            // "{role}" for a regional role, "{role}:{federation}" for a role in one federation.
            var parts = claim.Value.Split(':', 2);
            return new Contract.RoleGrant
            {
                Principal = caller.Principal,
                Role = AccessMapping.RoleNamed(parts[0]) is { } role ? AccessMapping.ToContract(role) : Contract.Role.Unspecified,
                Federation = parts.Length == 2 && parts[1].Length > 0 ? IdentityNames.Federation.Format(parts[1]) : "",
            };
        }));
        return Task.FromResult(caller);
    }
}
