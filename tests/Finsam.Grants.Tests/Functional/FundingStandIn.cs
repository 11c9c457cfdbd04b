using System.Collections.Concurrent;
using Finsam.Contracts.Funding.V1;
using Grpc.Core;

namespace Finsam.Grants.Tests.Functional;

// Funding as grants sees it: it knows which federations exist (GetFederation), and nothing more.
public sealed class FundingStandIn : FundingService.FundingServiceBase
{
    private readonly ConcurrentDictionary<string, Federation> _federations = new();

    // Set to answer every call as a funding service that is down.
    public bool Down { get; set; }

    public void Add(string federationId) =>
        _federations[federationId] = new Federation { Name = $"federations/{federationId}", DisplayName = $"Samordningsförbundet {federationId}" };

    public override Task<Federation> GetFederation(GetFederationRequest request, ServerCallContext context)
    {
        if (Down)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "no healthy upstream"));
        }
        return _federations.TryGetValue(request.Name["federations/".Length..], out var federation)
            ? Task.FromResult(federation)
            : throw new RpcException(new Status(StatusCode.NotFound, $"{request.Name} does not exist."));
    }
}
