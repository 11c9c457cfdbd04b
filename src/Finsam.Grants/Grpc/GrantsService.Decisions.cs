using Finsam.Grants.Validation;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Contract = Finsam.Contracts.Grants.V1;

namespace Finsam.Grants.Grpc;

public sealed partial class GrantsService
{
    public override async Task<Contract.Decision> CreateDecision(Contract.CreateDecisionRequest request, ServerCallContext context)
    {
        var create = DecisionRequests.Validate(request, years);
        var effort = await efforts.RequireAsync(context.FederationId(), create.EffortId, context.CancellationToken);
        DecisionRequests.ValidateFor(request.Decision, effort.Period());

        var created = await decisions.CreateAsync(effort, create.Decision, create.RequestId, context);
        return created.ToContract();
    }

    public override async Task<Contract.ListDecisionsResponse> ListDecisions(Contract.ListDecisionsRequest request, ServerCallContext context)
    {
        var effortId = DecisionRequests.Validate(request);
        var found = await decisions.ListAsync(context.FederationId(), effortId, context.CancellationToken);

        var response = new Contract.ListDecisionsResponse();
        response.Decisions.AddRange(found.Select(d => d.ToContract()));
        return response;
    }
}
