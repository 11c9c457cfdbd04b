using Finsam.Grants.Data;
using Finsam.ServiceKit.Audit;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceDefaults.Security;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Contract = Finsam.Contracts.Grants.V1;

namespace Finsam.Grants.Grpc;

public sealed partial class GrantsService
{
    private const int MaxIndicators = 50;

    public override async Task<Contract.FollowUp> SetFollowUp(Contract.SetFollowUpRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        if (request.FollowUp is null)
        {
            FieldViolations.Throw("follow_up", ViolationReason.Required, "Required.");
        }
        var followUp = request.FollowUp!;
        var key = ParseFollowUp(followUp.Name, "follow_up.name", violations);
        violations.AddWhen(followUp.PlannedParticipants < 0, "follow_up.planned_participants", ViolationReason.OutOfRange, "Cannot be negative.");
        violations.AddWhen(followUp.ActualParticipants < 0, "follow_up.actual_participants", ViolationReason.OutOfRange, "Cannot be negative.");
        violations.AddWhen(followUp.FinishedToWork < 0, "follow_up.finished_to_work", ViolationReason.OutOfRange, "Cannot be negative.");
        violations.AddWhen(followUp.FinishedToStudies < 0, "follow_up.finished_to_studies", ViolationReason.OutOfRange, "Cannot be negative.");
        violations.AddWhen((long)followUp.FinishedToWork + followUp.FinishedToStudies > followUp.ActualParticipants,
            "follow_up.finished_to_work", ViolationReason.InvalidValue, "More finished than took part.");
        violations.AddWhen(followUp.Indicators.Count > MaxIndicators, "follow_up.indicators", ViolationReason.TooMany, $"At most {MaxIndicators} indicators.");
        for (var i = 0; i < followUp.Indicators.Count; i++)
        {
            violations.AddWhen(string.IsNullOrWhiteSpace(followUp.Indicators[i].Indicator),
                $"follow_up.indicators[{i}].indicator", ViolationReason.Required, "The indicator's name is required.");
            violations.AddWhen(followUp.Indicators[i].Indicator.Length > 200,
                $"follow_up.indicators[{i}].indicator", ViolationReason.TooLong, "At most 200 characters.");
        }
        violations.AddWhen(followUp.Indicators.Select(i => i.Indicator).Distinct().Count() != followUp.Indicators.Count, "follow_up.indicators", ViolationReason.Duplicate, "An indicator is named twice.");
        violations.ThrowIfAny();

        var (_, effortId, year) = key!.Value;

        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        await RequireEffortAsync(federationId, effortId, ct, tracked: false);
        var entity = await db.FollowUps.SingleOrDefaultAsync(f => f.FederationId == federationId && f.EffortId == effortId && f.Year == year, ct);
        var before = entity?.ToContract();
        if (entity is null)
        {
            entity = new FollowUpEntity { FederationId = federationId, EffortId = effortId, Year = year };
            db.FollowUps.Add(entity);
        }
        entity.PlannedParticipants = followUp.PlannedParticipants;
        entity.ActualParticipants = followUp.ActualParticipants;
        entity.FinishedToWork = followUp.FinishedToWork;
        entity.FinishedToStudies = followUp.FinishedToStudies;
        entity.Indicators = followUp.Indicators.Select(i => new IndicatorValue(i.Indicator.Trim(), i.ValueHundredths)).ToList();
        var after = entity.ToContract();
        db.Record(context, clock, federationId, after.Name, before, after);
        await db.SaveChangesAsync(ct);
        return after;
    }

    public override async Task<Contract.FollowUpComparison> CompareFollowUp(Contract.CompareFollowUpRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var key = ParseFollowUp(request.Name, "name", violations);
        violations.ThrowIfAny();

        var (_, effortId, year) = key!.Value;

        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        var both = await db.FollowUps.AsNoTracking()
            .Where(f => f.FederationId == federationId && f.EffortId == effortId && (f.Year == year || f.Year == year - 1))
            .ToListAsync(ct);
        var current = both.SingleOrDefault(f => f.Year == year) ?? throw GrpcErrors.NotFound(request.Name);
        var previous = both.SingleOrDefault(f => f.Year == year - 1);

        var comparison = new Contract.FollowUpComparison { ThisYear = current.ToContract() };
        if (previous is not null)
        {
            comparison.PreviousYear = previous.ToContract();
            comparison.ParticipantsChange = current.ActualParticipants - previous.ActualParticipants;
            var finishedNow = current.FinishedToWork + current.FinishedToStudies;
            var finishedBefore = previous.FinishedToWork + previous.FinishedToStudies;
            comparison.FinishedToWorkOrStudiesChange = finishedNow - finishedBefore;
            comparison.MoreFinishedToWorkOrStudies = finishedNow > finishedBefore;
        }
        return comparison;
    }

    private (string FederationId, string EffortId, int Year)? ParseFollowUp(string name, string field, FieldViolations violations)
    {
        var ids = ResourceNamePattern.Match(name, "federations/*/efforts/*/followUps/*", field, violations);
        if (ids is null)
        {
            return null;
        }
        if (!int.TryParse(ids[2], System.Globalization.NumberStyles.None, null, out var year))
        {
            violations.Add(field, ViolationReason.InvalidValue, "The follow-up's last part is its year.");
            return null;
        }
        ValidateYear(year, field, violations);
        return (ids[0], ids[1], year);
    }
}
