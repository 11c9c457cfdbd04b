using Finsam.ServiceKit.Grpc;
using Grpc.Core;
using FundingClient = Finsam.Contracts.Funding.V1.FundingService.FundingServiceClient;
using GetFederationRequest = Finsam.Contracts.Funding.V1.GetFederationRequest;

namespace Finsam.Identity.Dependencies;

// Funding owns the list of federations: identity asks it, as the caller, before a role is
// granted in one.
public sealed class FederationDirectory(FundingClient funding)
{
    public async Task EnsureExistsAsync(string federationId, CancellationToken ct)
    {
        var name = IdentityNames.Federation.Format(federationId);
        try
        {
            await funding.GetFederationAsync(new GetFederationRequest { Name = name }, cancellationToken: ct);
        }
        catch (RpcException notFound) when (notFound.StatusCode == StatusCode.NotFound)
        {
            throw GrpcErrors.NotFound(name);
        }
    }
}
