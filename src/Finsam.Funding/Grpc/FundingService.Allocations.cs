using Finsam.Funding.Data;
using Finsam.Funding.Domain;
using Finsam.Funding.Validation;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Contract = Finsam.Contracts.Funding.V1;

namespace Finsam.Funding.Grpc;

// A year's allocation and its announcements, as AllocationLifecycle lets them follow each other.
public sealed partial class FundingService
{
    public override async Task<Contract.Allocation> CreateAllocation(Contract.CreateAllocationRequest request, ServerCallContext context)
    {
        var create = AllocationRequests.Validate(request, years);
        var federationId = context.FederationId();
        await federations.EnsureExistsAsync(federationId, context.CancellationToken);

        var recorded = AllocationLifecycle.Record(create.Status.ToDomain(), create.StateAmountOre);
        var created = await allocations.CreateAsync(federationId, create.Year, recorded, create.RequestId, context);
        return await DescribeAsync(created, context.CancellationToken);
    }

    public override async Task<Contract.Allocation> GetAllocation(Contract.GetAllocationRequest request, ServerCallContext context)
    {
        var year = AllocationRequests.Validate(request);
        var allocation = await allocations.RequireAsync(context.FederationId(), year, context.CancellationToken);
        return await DescribeAsync(allocation, context.CancellationToken);
    }

    public override async Task<Contract.ListAllocationsResponse> ListAllocations(Contract.ListAllocationsRequest request, ServerCallContext context)
    {
        var listing = AllocationRequests.Validate(request);
        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        var federation = await federations.RequireAsync(federationId, ct);
        var page = await allocations.ListAsync(federationId, listing.AfterYear, listing.PageSize, ct);
        var funded = await fundedAllocations.WithFactsAsync(page.Items, ct);

        var response = new Contract.ListAllocationsResponse { NextPageToken = page.NextPageToken };
        response.Allocations.AddRange(funded.Select(allocation => allocation.Described(federation)));
        return response;
    }

    public override async Task<Contract.Allocation> UpdateAllocation(Contract.UpdateAllocationRequest request, ServerCallContext context)
    {
        var update = AllocationRequests.Validate(request);
        var federationId = context.FederationId();
        var allocation = await allocations.RequireAsync(federationId, update.Year, context.CancellationToken, tracked: true);

        // The allocation as the update would leave it is what must be valid, not the request alone.
        var proposed = allocation.ToContract();
        UpdateMasks.Apply(proposed, request.Allocation, update.Paths);
        AllocationRequests.ValidateUpdated(proposed);
        var change = RuleErrors.Enforce(FundingNames.Allocation.Format(federationId, update.Year), () => AllocationLifecycle.Edit(
            allocation.Figures(),
            new AllocationFigures(proposed.Status.ToDomain(), proposed.StateAmountOre, proposed.DeclinedStateAmountOre)));

        var updated = await allocations.UpdateAsync(allocation, request.Allocation.Etag, change, context);
        return await DescribeAsync(updated, context.CancellationToken);
    }

    public override async Task<Contract.Allocation> AnnounceAllocation(Contract.AnnounceAllocationRequest request, ServerCallContext context)
    {
        var announcement = AllocationRequests.Validate(request);
        var federationId = context.FederationId();
        var allocation = await allocations.RequireAsync(federationId, announcement.Year, context.CancellationToken, tracked: true);

        var kind = announcement.Kind.ToDomain();
        var announced = await RuleErrors.EnforceAsync(FundingNames.Allocation.Format(federationId, announcement.Year), () => allocations.AnnounceAsync(
            allocation, announcement, figures => AllocationLifecycle.Announce(figures, kind, announcement.StateAmountOre), context));
        return await DescribeAsync(announced, context.CancellationToken);
    }

    public override async Task<Contract.ListAnnouncementsResponse> ListAnnouncements(Contract.ListAnnouncementsRequest request, ServerCallContext context)
    {
        var year = AllocationRequests.Validate(request);
        var federationId = context.FederationId();
        await allocations.RequireAsync(federationId, year, context.CancellationToken);
        var announcements = await allocations.ListAnnouncementsAsync(federationId, year, context.CancellationToken);

        var response = new Contract.ListAnnouncementsResponse();
        response.Announcements.AddRange(announcements.Select(a => a.ToContract()));
        return response;
    }

    // The allocation with what its announcements and the members' commitments make of it.
    private async Task<Contract.Allocation> DescribeAsync(AllocationEntity allocation, CancellationToken ct)
    {
        var federation = await federations.RequireAsync(allocation.FederationId, ct);
        return (await fundedAllocations.WithFactsAsync(allocation, ct)).Described(federation);
    }
}
