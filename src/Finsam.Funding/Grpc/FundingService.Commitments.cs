using Finsam.Funding.Validation;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Contract = Finsam.Contracts.Funding.V1;

namespace Finsam.Funding.Grpc;

// What regions and municipalities commit to pay: the state pays only what they match.
public sealed partial class FundingService
{
    public override async Task<Contract.Commitment> SetCommitment(Contract.SetCommitmentRequest request, ServerCallContext context)
    {
        var setting = CommitmentRequests.Validate(request);
        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        await allocations.RequireAsync(federationId, setting.Year, ct);
        var federation = await federations.RequireAsync(federationId, ct);
        CommitmentRequests.ValidateMember(setting.MemberId, federation.Members);

        var commitment = await commitments.SetAsync(federationId, setting.Year, setting.MemberId, setting.CommittedOre, context);
        return commitment.ToContract();
    }

    public override async Task<Contract.ListCommitmentsResponse> ListCommitments(Contract.ListCommitmentsRequest request, ServerCallContext context)
    {
        var year = AllocationRequests.Validate(request);
        var federationId = context.FederationId();
        await allocations.RequireAsync(federationId, year, context.CancellationToken);
        var listed = await commitments.ListAsync(federationId, year, context.CancellationToken);

        var response = new Contract.ListCommitmentsResponse();
        response.Commitments.AddRange(listed.Select(c => c.ToContract()));
        return response;
    }
}
