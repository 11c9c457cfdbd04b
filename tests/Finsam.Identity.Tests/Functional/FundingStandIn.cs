using System.Collections.Concurrent;
using Finsam.Contracts.Funding.V1;
using Grpc.Core;

namespace Finsam.Identity.Tests.Functional;

// Funding as identity sees it: which federations exist, asked before a role is granted in one.
public sealed class FundingStandIn : FundingService.FundingServiceBase
{
    private readonly ConcurrentDictionary<string, Federation> _federations = new();

    public void Add(string federationId) =>
        _federations[federationId] = new Federation { Name = $"federations/{federationId}", DisplayName = $"Samordningsförbundet {federationId}" };

    public override Task<Federation> GetFederation(GetFederationRequest request, ServerCallContext context) =>
        _federations.TryGetValue(request.Name["federations/".Length..], out var federation)
            ? Task.FromResult(federation)
            : throw new RpcException(new Status(StatusCode.NotFound, $"{request.Name} does not exist."));
}
