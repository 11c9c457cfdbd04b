using Finsam.Grants.Domain;
using Finsam.Grants.Domain.Participation;
using Finsam.Grants.Validation;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Contract = Finsam.Contracts.Grants.V1;

namespace Finsam.Grants.Grpc;

// The national follow-up's participants: imported from a table, summed per federation and kind
// of effort, and across federations for the regional body.
public sealed partial class GrantsService
{
    public override async Task<Contract.ImportParticipantsResponse> ImportParticipants(Contract.ImportParticipantsRequest request, ServerCallContext context)
    {
        var year = ParticipantsRequests.Validate(request, years);
        var table = ParticipantsTable.Read(request.Content.Span);
        // What is wrong with the table, row by row as the officer wrote it ("Rad 4: ..."): nothing stored.
        FieldViolations.ThrowEach("content", ViolationReason.InvalidValue, table.Problems);

        var (set, unknown) = await followUps.SetParticipantsAsync(context.FederationId(), year, table.Rows, context);
        FieldViolations.ThrowEach("content", ViolationReason.InvalidValue, unknown.Select(row => $"Rad {row.Line}: förbundet har ingen insats ”{row.EffortId}”"));
        var response = new Contract.ImportParticipantsResponse();
        response.FollowUps.AddRange(set.Select(followUp => followUp.ToContract()));
        return response;
    }

    public override async Task<Contract.ParticipantSummary> SummarizeParticipants(Contract.SummarizeParticipantsRequest request, ServerCallContext context)
    {
        var year = ParticipantsRequests.Validate(request, years);
        var federation = new[] { context.FederationId() };
        var thisYear = await followUps.ParticipantsOfYearAsync(federation, year, context.CancellationToken);
        var yearBefore = await followUps.ParticipantsOfYearAsync(federation, year - 1, context.CancellationToken);

        var counts = thisYear.Select(e => (e.FollowUp, e.DisplayName, e.Kind, Counts: e.FollowUp.Participants()!.ToDomain())).ToList();
        var total = ParticipantCounts.Total(counts.Select(e => e.Counts));
        var summary = new Contract.ParticipantSummary
        {
            Year = year,
            Total = total.ToContract(),
            Individual = ParticipantCounts.Total(counts.Where(e => e.Kind == EffortKind.Individual).Select(e => e.Counts)).ToContract(),
            Structural = ParticipantCounts.Total(counts.Where(e => e.Kind == EffortKind.Structural).Select(e => e.Counts)).ToContract(),
            PreviousYearTotal = ParticipantCounts.Total(yearBefore.Select(e => e.FollowUp.Participants()!.ToDomain())).ToContract(),
        };
        if (total.ToWorkOrStudiesPermille is { } permille)
        {
            summary.ToWorkOrStudiesPermille = permille;
        }
        // Each effort's counts are public in the catalogue: the total is masked so as not to give them away.
        summary.PublicTotal.AddRange(PublicParticipants.OfFederation(total, counts.Select(e => e.Counts)).ToPublic());
        summary.Efforts.AddRange(counts.Select(e => new Contract.EffortParticipants
        {
            Effort = GrantsNames.Effort.Format(e.FollowUp.FederationId, e.FollowUp.EffortId),
            DisplayName = e.DisplayName,
            Kind = e.Kind.ToContract(),
            Participants = e.Counts.ToContract(),
            PublicParticipants = { PublicParticipants.Of(e.Counts).ToPublic() },
        }));
        return summary;
    }

    public override async Task<Contract.RegionParticipantSummary> SummarizeRegionParticipants(Contract.SummarizeRegionParticipantsRequest request, ServerCallContext context)
    {
        var year = ParticipantsRequests.Validate(request, years);
        var perFederation = (await followUps.ParticipantsOfYearAsync(null, year, context.CancellationToken))
            .GroupBy(e => e.FollowUp.FederationId, StringComparer.Ordinal)
            .Select(federation => (Federation: federation.Key, Counts: ParticipantCounts.Total(federation.Select(e => e.FollowUp.Participants()!.ToDomain()))))
            .ToList();
        var summary = new Contract.RegionParticipantSummary
        {
            Year = year,
            Total = ParticipantCounts.Total(perFederation.Select(f => f.Counts)).ToContract(),
        };
        summary.Federations.AddRange(perFederation.Select(f => new Contract.FederationParticipants
        {
            Federation = GrantsNames.Federation.Format(f.Federation),
            Participants = f.Counts.ToContract(),
        }));
        return summary;
    }
}
