using System.Collections.Concurrent;
using Finsam.Contracts.Grants.V1;
using Grpc.Core;

namespace Finsam.Budget.Tests.Functional;

// Grants as the budget sees it: a federation's effort costs, as set by the test (none
// unless set: every year asked, at zero).
public sealed class GrantsStandIn : GrantsService.GrantsServiceBase
{
    private readonly ConcurrentDictionary<string, EffortCosts> _costs = new();

    // Set to answer every call as a grants service that is down.
    public bool Down { get; set; }

    public void SetCosts(string federationId, EffortCosts costs) => _costs[federationId] = costs;

    public override Task<EffortCosts> GetEffortCosts(GetEffortCostsRequest request, ServerCallContext context)
    {
        if (Down)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "no healthy upstream"));
        }
        if (_costs.TryGetValue(request.Parent["federations/".Length..], out var costs))
        {
            return Task.FromResult(costs);
        }
        var none = new EffortCosts();
        none.Years.AddRange(Enumerable.Range(request.FirstYear, request.LastYear - request.FirstYear + 1).Select(year => new YearCosts { Year = year }));
        return Task.FromResult(none);
    }

    // The roll-up's question: each federation as GetEffortCosts answers it.
    public override async Task<BatchGetEffortCostsResponse> BatchGetEffortCosts(BatchGetEffortCostsRequest request, ServerCallContext context)
    {
        var response = new BatchGetEffortCostsResponse();
        foreach (var parent in request.Parents)
        {
            response.EffortCosts.Add(new FederationEffortCosts
            {
                Parent = parent,
                EffortCosts = await GetEffortCosts(new GetEffortCostsRequest { Parent = parent, FirstYear = request.FirstYear, LastYear = request.LastYear }, context),
            });
        }
        return response;
    }
}
