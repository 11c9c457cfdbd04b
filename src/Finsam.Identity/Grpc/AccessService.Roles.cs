using Finsam.Identity.Data;
using Finsam.Identity.Domain;
using Finsam.Identity.Validation;
using Finsam.ServiceKit.Grpc;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Contract = Finsam.Contracts.Identity.V1;

namespace Finsam.Identity.Grpc;

public sealed partial class AccessService
{
    public override async Task<Contract.RoleGrant> GrantRole(Contract.GrantRoleRequest request, ServerCallContext context)
    {
        var (grant, principal) = AccessRequestValidator.Validate(request.Grant);
        var ct = context.CancellationToken;
        await EnsureExistsAsync(principal, grant.Principal, ct);
        if (!grant.IsRegional)
        {
            await federations.EnsureExistsAsync(grant.FederationId, ct);
        }
        await roleGrants.GrantAsync(grant, context);
        return AccessMapping.ToContract(grant);
    }

    // A grant in a federation that is gone can still be revoked.
    public override async Task<Empty> RevokeRole(Contract.RevokeRoleRequest request, ServerCallContext context)
    {
        var (grant, principal) = AccessRequestValidator.Validate(request.Grant);
        await EnsureExistsAsync(principal, grant.Principal, context.CancellationToken);
        if (!await roleGrants.RevokeAsync(grant, context))
        {
            throw GrpcErrors.NotFound($"{request.Grant.Principal}'s {request.Grant.Role} grant");
        }
        return new Empty();
    }

    public override async Task<Contract.ListRoleGrantsResponse> ListRoleGrants(Contract.ListRoleGrantsRequest request, ServerCallContext context)
    {
        var grants = await roleGrants.ListAsync(request.Principal.Length == 0 ? null : request.Principal, context.CancellationToken);
        var response = new Contract.ListRoleGrantsResponse();
        response.Grants.AddRange(grants.Select(AccessMapping.ToContract));
        return response;
    }

    private async Task EnsureExistsAsync(Principal principal, string name, CancellationToken ct)
    {
        var exists = principal.Kind == PrincipalKind.Client
            ? await clients.ExistsAsync(principal.Id, ct)
            : await people.ExistsAsync(principal.Id, ct);
        if (!exists)
        {
            throw GrpcErrors.NotFound(name);
        }
    }
}
