namespace Finsam.Grants.Domain;

// A year's follow-up of an effort: how many were to take part, how many did, and how many of
// them went on to work or to studies.
public sealed record FollowUpFigures(int PlannedParticipants, int ActualParticipants, int FinishedToWork, int FinishedToStudies)
{
    // Long: two large counts must not overflow into a small one.
    public long Finished => (long)FinishedToWork + FinishedToStudies;

    // Only someone who took part can finish to work or studies.
    public bool FinishedMoreThanTookPart => Finished > ActualParticipants;
}
