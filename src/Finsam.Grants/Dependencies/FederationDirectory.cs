using Finsam.ServiceKit.Grpc;
using Grpc.Core;
using Microsoft.Extensions.Caching.Memory;
using FundingClient = Finsam.Contracts.Funding.V1.FundingService.FundingServiceClient;
using GetFederationRequest = Finsam.Contracts.Funding.V1.GetFederationRequest;

namespace Finsam.Grants.Dependencies;

// Funding owns the list of federations; grants asks it, as the caller, and remembers a
// federation that exists for a short while.
public sealed class FederationDirectory(FundingClient funding, IMemoryCache cache)
{
    private static readonly TimeSpan Remembered = TimeSpan.FromSeconds(30);

    public async Task EnsureExistsAsync(string federationId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(federationId, out _))
        {
            return;
        }
        var name = GrantsNames.Federation.Format(federationId);
        try
        {
            await funding.GetFederationAsync(new GetFederationRequest { Name = name }, cancellationToken: cancellationToken);
        }
        catch (RpcException notFound) when (notFound.StatusCode == StatusCode.NotFound)
        {
            throw GrpcErrors.NotFound(name);
        }
        cache.Set(federationId, true, Remembered);
    }
}
