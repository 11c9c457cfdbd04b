using System.Globalization;
using System.Collections.Concurrent;
using Finsam.Contracts.Grants.V1;
using Grpc.Core;

namespace Finsam.Budget.Tests.Functional;

// Grants as the budget sees it: a federation's effort costs, as set by the test (none
// unless set: every year asked, at zero, without a version as grants answers a federation it
// holds nothing of), versioned as grants versions them.
public sealed class GrantsStandIn : GrantsService.GrantsServiceBase
{
    private readonly ConcurrentDictionary<string, EffortCosts> _costs = new();
    private readonly ConcurrentDictionary<string, int> _versions = new();

    // Set to answer every call as a grants service that is down.
    public bool Down { get; set; }

    public void SetCosts(string federationId, EffortCosts costs)
    {
        _costs[federationId] = costs.Clone();
        _versions.AddOrUpdate(federationId, 1, (_, version) => version + 1);
    }

    public override Task<EffortCosts> GetEffortCosts(GetEffortCostsRequest request, ServerCallContext context)
    {
        if (Down)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "no healthy upstream"));
        }
        var federationId = request.Parent["federations/".Length..];
        if (_costs.TryGetValue(federationId, out var costs))
        {
            var version = _versions[federationId].ToString(CultureInfo.InvariantCulture);
            var answer = request.KnownVersion == version ? new EffortCosts { Unchanged = true } : costs.Clone();
            answer.Version = version;
            return Task.FromResult(answer);
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
                EffortCosts = await GetEffortCosts(new GetEffortCostsRequest
                {
                    Parent = parent,
                    FirstYear = request.FirstYear,
                    LastYear = request.LastYear,
                    KnownVersion = request.KnownVersions.GetValueOrDefault(parent, ""),
                }, context),
            });
        }
        return response;
    }
}
