using Finsam.Grants.Domain;
using Finsam.Grants.Validation;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Contract = Finsam.Contracts.Grants.V1;

namespace Finsam.Grants.Grpc;

public sealed partial class GrantsService
{
    public override async Task<Contract.EffortCosts> GetEffortCosts(Contract.GetEffortCostsRequest request, ServerCallContext context)
    {
        CostRequests.Validate(request, years);
        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        var all = await efforts.ListAllAsync(federationId, ct);
        var decided = (await decisions.ListAsync(federationId, effortId: null, ct)).ToLookup(d => d.EffortId);
        var reserved = await reservations.ListAsync(federationId, ct);

        return CostAggregation.Aggregate(
            all.Select(e => e.ToCosts(decided[e.Id])),
            reserved.Select(r => r.ToDomain()),
            request.FirstYear,
            request.LastYear).ToContract();
    }
}
