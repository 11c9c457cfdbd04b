using Finsam.Contracts.Grants.V1;
using Finsam.Grants.Domain;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Resources;

namespace Finsam.Grants.Validation;

public sealed record FollowUpKey(string EffortId, int Year);

public sealed record NewFollowUp(FollowUpKey Key, FollowUpFigures Figures, IReadOnlyList<IndicatorValue> Indicators, Participants? Participants);

public static class FollowUpRequests
{
    private const int MaxIndicators = 50;
    private const int MaxIndicatorLength = 200;

    public static NewFollowUp Validate(SetFollowUpRequest request, PlanYears years)
    {
        if (request.FollowUp is null)
        {
            FieldViolations.Throw("follow_up", ViolationReason.Required, "Required.");
        }
        var followUp = request.FollowUp!;
        var violations = new FieldViolations();
        var key = Key(followUp.Name, "follow_up.name", years, violations);
        var figures = new FollowUpFigures(followUp.PlannedParticipants, followUp.ActualParticipants, followUp.FinishedToWork, followUp.FinishedToStudies);
        violations.AddWhen(figures.PlannedParticipants < 0, "follow_up.planned_participants", ViolationReason.OutOfRange, "Cannot be negative.");
        violations.AddWhen(figures.ActualParticipants < 0, "follow_up.actual_participants", ViolationReason.OutOfRange, "Cannot be negative.");
        violations.AddWhen(figures.FinishedToWork < 0, "follow_up.finished_to_work", ViolationReason.OutOfRange, "Cannot be negative.");
        violations.AddWhen(figures.FinishedToStudies < 0, "follow_up.finished_to_studies", ViolationReason.OutOfRange, "Cannot be negative.");
        violations.AddWhen(figures.FinishedMoreThanTookPart, "follow_up.finished_to_work", ViolationReason.InvalidValue, "More finished than took part.");

        violations.AddWhen(followUp.Indicators.Count > MaxIndicators, "follow_up.indicators", ViolationReason.TooMany, $"At most {MaxIndicators} indicators.");
        for (var i = 0; i < followUp.Indicators.Count; i++)
        {
            var field = $"follow_up.indicators[{i}].indicator";
            violations.AddWhen(string.IsNullOrWhiteSpace(followUp.Indicators[i].Indicator), field, ViolationReason.Required, "The indicator's name is required.");
            Texts.MaxLength(followUp.Indicators[i].Indicator, field, MaxIndicatorLength, violations);
        }
        violations.AddWhen(followUp.Indicators.Select(i => i.Indicator).Distinct().Count() != followUp.Indicators.Count,
            "follow_up.indicators", ViolationReason.Duplicate, "An indicator is named twice.");
        if (followUp.Participants is { } participants)
        {
            ParticipantsValidator.Validate(participants, "follow_up.participants", violations);
        }
        violations.ThrowIfAny();

        return new NewFollowUp(key!, figures, followUp.Indicators.Select(i => new IndicatorValue(i.Indicator.Trim(), i.ValueHundredths)).ToList(), followUp.Participants);
    }

    public static FollowUpKey Validate(CompareFollowUpRequest request, PlanYears years)
    {
        var violations = new FieldViolations();
        var key = Key(request.Name, "name", years, violations);
        violations.ThrowIfAny();
        return key!;
    }

    private static FollowUpKey? Key(string name, string field, PlanYears years, FieldViolations violations)
    {
        var parsed = GrantsNames.FollowUp.Parse(name, field, violations);
        if (parsed is null)
        {
            return null;
        }
        years.Validate(parsed.Year, field, violations);
        return new FollowUpKey(parsed["effort"], parsed.Year);
    }
}
