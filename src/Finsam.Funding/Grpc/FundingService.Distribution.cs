using Finsam.Funding.Domain;
using Finsam.Funding.Validation;
using Finsam.ServiceKit.Grpc;
using Grpc.Core;
using Contract = Finsam.Contracts.Funding.V1;

namespace Finsam.Funding.Grpc;

// The national model, for the regional body: how the state's total is shared among federations.
public sealed partial class FundingService
{
    public override Task<Contract.DistributeStateAllocationResponse> DistributeStateAllocation(Contract.DistributeStateAllocationRequest request, ServerCallContext context)
    {
        var distribution = DistributionRequests.Validate(request);
        IReadOnlyDictionary<string, long> amounts;
        try
        {
            amounts = StateDistributionModel.Distribute(distribution.Parameters, distribution.Federations);
        }
        catch (FundingRuleException rule)
        {
            // The rule names the input at fault (national_total_ore, federations, ...).
            throw GrpcErrors.FailedPrecondition(rule.Subject, rule.Message);
        }

        var response = new Contract.DistributeStateAllocationResponse { TotalOre = amounts.Values.Sum() };
        response.Shares.AddRange(request.Federations.Select(f => new Contract.FederationShare
        {
            Federation = f.Federation,
            AmountOre = amounts[f.Federation],
            ChangeFromLastYearOre = amounts[f.Federation] - f.LastYearOre,
        }));
        return Task.FromResult(response);
    }
}
