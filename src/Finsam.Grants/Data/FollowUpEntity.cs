using Finsam.Grants.Domain;

namespace Finsam.Grants.Data;

public sealed class FollowUpEntity
{
    public required string FederationId { get; init; }

    public required string EffortId { get; init; }

    public int Year { get; init; }

    public int PlannedParticipants { get; set; }

    public int ActualParticipants { get; set; }

    public int FinishedToWork { get; set; }

    public int FinishedToStudies { get; set; }

    public List<IndicatorValue> Indicators { get; set; } = [];

    // The contract's Participants as JSON; null: not given for the year.
    public string? ParticipantsJson { get; set; }
}
