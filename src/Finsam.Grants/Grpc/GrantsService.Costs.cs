using Finsam.Grants.Data;
using Finsam.Grants.Domain;
using Finsam.Grants.Validation;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Contract = Finsam.Contracts.Grants.V1;

namespace Finsam.Grants.Grpc;

public sealed partial class GrantsService
{
    // The budget's question, in four queries; or, for a caller that kept an answer still
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
            return Unchanged(version);
        }
        var sources = await costSources.ReadAsync([federationId], ct);
        return Costs(sources[federationId], request.FirstYear, request.LastYear, version);
    }

    // Many federations' effort costs as GetEffortCosts gives each: the versions in one query,
    // and what changed since the caller's versions in three more, however many federations.
    public override async Task<Contract.BatchGetEffortCostsResponse> BatchGetEffortCosts(Contract.BatchGetEffortCostsRequest request, ServerCallContext context)
    {
        var federationIds = CostRequests.Validate(request, years);
        var ct = context.CancellationToken;
        var versions = await auditRecords.DataVersionsAsync(federationIds, ct);
        string Known(string federationId) => request.KnownVersions.GetValueOrDefault(GrantsNames.Federation.Format(federationId), "");
        var changed = federationIds.Where(id => !FederationDataVersion.Holds(Known(id), versions[id])).ToList();
        var sources = changed.Count == 0 ? new Dictionary<string, CostSources>() : await costSources.ReadAsync(changed, ct);

        var response = new Contract.BatchGetEffortCostsResponse();
        response.EffortCosts.AddRange(federationIds.Select(id => new Contract.FederationEffortCosts
        {
            Parent = GrantsNames.Federation.Format(id),
            EffortCosts = sources.TryGetValue(id, out var found)
                ? Costs(found, request.FirstYear, request.LastYear, versions[id])
                : Unchanged(versions[id]),
        }));
        return response;
    }

    private static Contract.EffortCosts Unchanged(string version) => new() { Version = version, Unchanged = true };

    private static Contract.EffortCosts Costs(CostSources sources, int firstYear, int lastYear, string version)
    {
        var decided = sources.Decisions.ToLookup(d => d.EffortId);
        var costs = CostAggregation.Aggregate(
            sources.Efforts.Select(e => e.ToCosts(decided[e.Id])),
            sources.Reservations.Select(r => r.ToDomain()),
            firstYear,
            lastYear).ToContract();
        costs.Version = version;
        return costs;
    }
}
