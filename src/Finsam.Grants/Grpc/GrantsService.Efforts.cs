using Finsam.Grants.Domain;
using Finsam.Grants.Validation;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Security;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Contract = Finsam.Contracts.Grants.V1;

namespace Finsam.Grants.Grpc;

public sealed partial class GrantsService
{
    public override async Task<Contract.Effort> CreateEffort(Contract.CreateEffortRequest request, ServerCallContext context)
    {
        var create = EffortRequests.Validate(request, years);
        var federationId = context.FederationId();
        await federations.EnsureExistsAsync(federationId, context.CancellationToken);

        var created = await efforts.CreateAsync(federationId, create.EffortId, create.RequestId,
            effort => create.Effort.CopyTo(effort, EffortRequests.UpdatableFields), context);
        return created.ToContract();
    }

    public override async Task<Contract.Effort> GetEffort(Contract.GetEffortRequest request, ServerCallContext context)
    {
        var name = EffortRequests.Validate(request);
        return (await efforts.RequireAsync(context.FederationId(), name["effort"], context.CancellationToken)).ToContract();
    }

    public override async Task<Contract.ListEffortsResponse> ListEfforts(Contract.ListEffortsRequest request, ServerCallContext context)
    {
        var listing = EffortRequests.Validate(request, years);
        var page = await efforts.ListAsync(
            context.FederationId(),
            listing.Status.ToDomain(),
            listing.Kind == Contract.EffortKind.Unspecified ? null : listing.Kind.ToDomain(),
            listing.Year == 0 ? null : listing.Year,
            listing.After,
            listing.PageSize,
            context.CancellationToken);

        var response = new Contract.ListEffortsResponse { NextPageToken = page.NextPageToken };
        response.Efforts.AddRange(page.Items.Select(e => e.ToContract()));
        return response;
    }

    public override async Task<Contract.Effort> UpdateEffort(Contract.UpdateEffortRequest request, ServerCallContext context)
    {
        var change = EffortRequests.Validate(request);
        var ct = context.CancellationToken;
        var effort = await efforts.RequireAsync(context.FederationId(), change.Name["effort"], ct);

        // The effort as the update would leave it is what must be valid, not the request alone.
        var proposed = effort.ToContract();
        UpdateMasks.Apply(proposed, request.Effort, change.Paths);
        EffortRequests.ValidateUpdated(proposed, years);
        var decided = DecidedMoney.Of((await decisions.ListAsync(effort.FederationId, effort.Id, ct)).Select(d => d.ToDomain()));
        if ((DecidedMoney.WhyNotChange(effort.CostLines, proposed.CostLines.ToDomain(), decided) ?? DecidedMoney.WhyNotPeriod(proposed.Period(), decided)) is { } reason)
        {
            throw GrpcErrors.FailedPrecondition(proposed.Name, reason);
        }

        var updated = await efforts.UpdateAsync(effort, request.Effort.Etag, e => proposed.CopyTo(e, EffortRequests.UpdatableFields), context);
        return updated.ToContract();
    }

    public override async Task<Empty> DeleteEffort(Contract.DeleteEffortRequest request, ServerCallContext context)
    {
        var name = EffortRequests.Validate(request);
        var ct = context.CancellationToken;
        var effort = await efforts.RequireAsync(context.FederationId(), name["effort"], ct);
        var hasDecision = await decisions.AnyForAsync(effort.FederationId, effort.Id, ct);
        if (EffortTransitions.WhyNotDelete(effort.Status, hasDecision) is { } reason)
        {
            throw GrpcErrors.FailedPrecondition(request.Name, reason);
        }

        await efforts.DeleteAsync(effort, request.Etag, context);
        return new Empty();
    }

    public override async Task<Contract.Effort> TransitionEffort(Contract.TransitionEffortRequest request, ServerCallContext context)
    {
        var name = EffortRequests.Validate(request);
        var to = request.Status.ToDomain()!.Value;
        var ct = context.CancellationToken;
        var effort = await efforts.RequireAsync(context.FederationId(), name["effort"], ct);
        var hasDecision = await decisions.AnyForAsync(effort.FederationId, effort.Id, ct);
        if (EffortTransitions.Refusal(effort.Status, to, hasDecision) is { } refusal)
        {
            throw GrpcErrors.FailedPrecondition(request.Name, refusal.Reason, refusal.Code);
        }

        var moved = await efforts.UpdateAsync(effort, request.Etag, e => e.Status = to, context);
        return moved.ToContract();
    }
}
