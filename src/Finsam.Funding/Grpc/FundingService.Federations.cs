using Finsam.Funding.Validation;
using Finsam.ServiceDefaults.Security;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Security;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Contract = Finsam.Contracts.Funding.V1;

namespace Finsam.Funding.Grpc;

public sealed partial class FundingService
{
    public override async Task<Contract.Federation> CreateFederation(Contract.CreateFederationRequest request, ServerCallContext context)
    {
        var create = FederationRequests.Validate(request);
        var created = await federations.CreateAsync(create.FederationId, create.RequestId, f => create.Federation.CopyTo(f), context);
        return created.ToContract();
    }

    public override async Task<Contract.Federation> GetFederation(Contract.GetFederationRequest request, ServerCallContext context)
    {
        FederationRequests.Validate(request);
        return (await federations.RequireAsync(context.FederationId(), context.CancellationToken)).ToContract();
    }

    public override async Task<Contract.ListFederationsResponse> ListFederations(Contract.ListFederationsRequest request, ServerCallContext context)
    {
        var listing = FederationRequests.Validate(request);
        // A federation's staff see their own federations only.
        var readable = FinsamCaller.From(context.GetHttpContext().User)?.ReadableFederations;
        var page = await federations.ListAsync(readable, listing.After, listing.PageSize, context.CancellationToken);

        var response = new Contract.ListFederationsResponse { NextPageToken = page.NextPageToken };
        response.Federations.AddRange(page.Items.Select(f => f.ToContract()));
        return response;
    }

    // Names only, of every federation: what the public pages show beside the catalogue and plans.
    public override async Task<Contract.ListPublicFederationsResponse> ListPublicFederations(Contract.ListPublicFederationsRequest request, ServerCallContext context)
    {
        var listing = FederationRequests.Validate(request);
        var page = await federations.ListAsync(null, listing.After, listing.PageSize, context.CancellationToken);

        var response = new Contract.ListPublicFederationsResponse { NextPageToken = page.NextPageToken };
        response.Federations.AddRange(page.Items.Select(f => new Contract.PublicFederation { Name = FundingNames.Federation.Format(f.Id), DisplayName = f.DisplayName }));
        return response;
    }

    public override async Task<Contract.Federation> UpdateFederation(Contract.UpdateFederationRequest request, ServerCallContext context)
    {
        var update = FederationRequests.Validate(request);
        var federation = await federations.RequireAsync(context.FederationId(), context.CancellationToken, tracked: true);

        // The federation as the update would leave it is what must be valid, not the request alone.
        var proposed = federation.ToContract();
        UpdateMasks.Apply(proposed, request.Federation, update.Paths);
        FederationRequests.ValidateUpdated(proposed);

        var updated = await federations.UpdateAsync(federation, request.Federation.Etag, f => proposed.CopyTo(f), context);
        return updated.ToContract();
    }

    public override async Task<Empty> DeleteFederation(Contract.DeleteFederationRequest request, ServerCallContext context)
    {
        var name = FederationRequests.Validate(request);
        var federationId = context.FederationId();
        var federation = await federations.RequireAsync(federationId, context.CancellationToken, tracked: true);
        if (await federations.HasFundingAsync(federationId, context.CancellationToken))
        {
            throw GrpcErrors.FailedPrecondition(name.Name, "The federation has funding on record and cannot be deleted.");
        }

        await federations.DeleteAsync(federation, request.Etag, context);
        return new Empty();
    }
}
