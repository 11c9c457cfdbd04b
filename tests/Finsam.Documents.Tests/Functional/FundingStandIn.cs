using Finsam.Contracts.Funding.V1;
using Grpc.Core;

namespace Finsam.Documents.Tests.Functional;

// Funding as documents sees it: the federation and the year's allocation.
public sealed class FundingStandIn(Neighbours neighbours) : FundingService.FundingServiceBase
{
    public override Task<Federation> GetFederation(GetFederationRequest request, ServerCallContext context) =>
        Task.FromResult(Neighbours.Found(neighbours.Federations, request.Name));

    public override Task<Allocation> GetAllocation(GetAllocationRequest request, ServerCallContext context) =>
        Task.FromResult(Neighbours.Found(neighbours.Allocations, request.Name));
}
