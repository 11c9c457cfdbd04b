using Finsam.Grants.Domain;
using Finsam.Grants.Validation;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Contract = Finsam.Contracts.Grants.V1;

namespace Finsam.Grants.Grpc;

public sealed partial class GrantsService
{
    // The budget's question, in three queries; or, for a caller that kept an answer still
    // current, one query and nothing else.
    public override async Task<Contract.EffortCosts> GetEffortCosts(Contract.GetEffortCostsRequest request, ServerCallContext context)
    {
        CostRequests.Validate(request, years);
        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        // Before the data it versions (see FederationDataVersion).
        var version = await auditRecords.DataVersionAsync(federationId, ct);
        if (FederationDataVersion.Holds(request.KnownVersion, version))
        {
            return new Contract.EffortCosts { Version = version, Unchanged = true };
        }
        var all = await efforts.ListAllAsync(federationId, ct);
        var decided = (await decisions.ListAsync(federationId, effortId: null, ct)).ToLookup(d => d.EffortId);
        var reserved = await reservations.ListAsync(federationId, ct);

        var costs = CostAggregation.Aggregate(
            all.Select(e => e.ToCosts(decided[e.Id])),
            reserved.Select(r => r.ToDomain()),
            request.FirstYear,
            request.LastYear).ToContract();
        costs.Version = version;
        return costs;
    }
}
