using Finsam.Grants.Domain;
using Finsam.Grants.Validation;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Contract = Finsam.Contracts.Grants.V1;

namespace Finsam.Grants.Grpc;

public sealed partial class GrantsService
{
    public override async Task<Contract.FollowUp> SetFollowUp(Contract.SetFollowUpRequest request, ServerCallContext context)
    {
        var followUp = FollowUpRequests.Validate(request, years);
        var federationId = context.FederationId();
        await efforts.EnsureExistsAsync(federationId, followUp.Key.EffortId, context.CancellationToken);

        var set = await followUps.SetAsync(federationId, followUp.Key.EffortId, followUp.Key.Year, followUp.Figures, followUp.Indicators, followUp.Participants, context);
        return set.ToContract();
    }

    public override async Task<Contract.FollowUpComparison> CompareFollowUp(Contract.CompareFollowUpRequest request, ServerCallContext context)
    {
        var key = FollowUpRequests.Validate(request, years);
        var (thisYear, previousYear) = await followUps.FindWithPreviousAsync(context.FederationId(), key.EffortId, key.Year, context.CancellationToken);
        if (thisYear is null)
        {
            throw GrpcErrors.NotFound(request.Name);
        }

        var comparison = new Contract.FollowUpComparison { ThisYear = thisYear.ToContract(), PreviousYear = previousYear?.ToContract() };
        if (FollowUpComparison.Compare(thisYear.ToDomain(), previousYear?.ToDomain()) is { } change)
        {
            comparison.ParticipantsChange = change.ParticipantsChange;
            comparison.FinishedToWorkOrStudiesChange = change.FinishedChange;
            comparison.MoreFinishedToWorkOrStudies = change.MoreFinished;
        }
        return comparison;
    }
}
