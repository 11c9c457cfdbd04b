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
        return await CostsAsync(federationId, request.FirstYear, request.LastYear, request.KnownVersion, version, ct);
    }

    // Many federations' effort costs as GetEffortCosts gives each, their versions in one query.
    public override async Task<Contract.BatchGetEffortCostsResponse> BatchGetEffortCosts(Contract.BatchGetEffortCostsRequest request, ServerCallContext context)
    {
        var federationIds = CostRequests.Validate(request, years);
        var ct = context.CancellationToken;
        var versions = await auditRecords.DataVersionsAsync(federationIds, ct);
        var response = new Contract.BatchGetEffortCostsResponse();
        foreach (var federationId in federationIds)
        {
            var parent = GrantsNames.Federation.Format(federationId);
            response.EffortCosts.Add(new Contract.FederationEffortCosts
            {
                Parent = parent,
                EffortCosts = await CostsAsync(federationId, request.FirstYear, request.LastYear, request.KnownVersions.GetValueOrDefault(parent, ""), versions[federationId], ct),
            });
        }
        return response;
    }

    private async Task<Contract.EffortCosts> CostsAsync(string federationId, int firstYear, int lastYear, string knownVersion, string version, CancellationToken ct)
    {
        if (FederationDataVersion.Holds(knownVersion, version))
        {
            return new Contract.EffortCosts { Version = version, Unchanged = true };
        }
        var all = await efforts.ListAllAsync(federationId, ct);
        var decided = (await decisions.ListAsync(federationId, effortId: null, ct)).ToLookup(d => d.EffortId);
        var reserved = await reservations.ListAsync(federationId, ct);

        var costs = CostAggregation.Aggregate(
            all.Select(e => e.ToCosts(decided[e.Id])),
            reserved.Select(r => r.ToDomain()),
            firstYear,
            lastYear).ToContract();
        costs.Version = version;
        return costs;
    }
}
