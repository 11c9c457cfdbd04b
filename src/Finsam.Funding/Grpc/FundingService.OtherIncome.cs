using Finsam.Funding.Validation;
using Finsam.ServiceKit.Security;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Contract = Finsam.Contracts.Funding.V1;

namespace Finsam.Funding.Grpc;

// Income besides the members' contributions: interest, a small project grant.
public sealed partial class FundingService
{
    public override async Task<Contract.OtherIncome> CreateOtherIncome(Contract.CreateOtherIncomeRequest request, ServerCallContext context)
    {
        var create = OtherIncomeRequests.Validate(request, years);
        var federationId = context.FederationId();
        await federations.EnsureExistsAsync(federationId, context.CancellationToken);

        var created = await otherIncome.CreateAsync(federationId, create.Year, create.Kind.ToDomain(), create.AmountOre, create.Note, create.RequestId, context);
        return created.ToContract();
    }

    public override async Task<Contract.ListOtherIncomeResponse> ListOtherIncome(Contract.ListOtherIncomeRequest request, ServerCallContext context)
    {
        var year = OtherIncomeRequests.Validate(request, years);
        var federationId = context.FederationId();
        await federations.EnsureExistsAsync(federationId, context.CancellationToken);
        var income = await otherIncome.ListAsync(federationId, year, year, context.CancellationToken);

        var response = new Contract.ListOtherIncomeResponse { TotalOre = income.Sum(o => o.AmountOre) };
        response.OtherIncome.AddRange(income.Select(o => o.ToContract()));
        return response;
    }

    public override async Task<Empty> DeleteOtherIncome(Contract.DeleteOtherIncomeRequest request, ServerCallContext context)
    {
        var id = OtherIncomeRequests.Validate(request);
        var federationId = context.FederationId();
        await federations.EnsureExistsAsync(federationId, context.CancellationToken);
        await otherIncome.DeleteAsync(federationId, id, context);
        return new Empty();
    }
}
