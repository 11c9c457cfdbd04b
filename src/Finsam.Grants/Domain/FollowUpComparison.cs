namespace Finsam.Grants.Domain;

public sealed record FollowUpChange(int ParticipantsChange, int FinishedChange, bool MoreFinished);

// A year's follow-up is compared with the calendar year just before it: the board asks
// whether the effort reaches more people, and whether more of them go on to work or studies.
public static class FollowUpComparison
{
    public static int PreviousYear(int year) => year - 1;

    // Null when there is no year before to compare with.
    public static FollowUpChange? Compare(FollowUpFigures thisYear, FollowUpFigures? previousYear)
    {
        if (previousYear is null)
        {
            return null;
        }
        var finishedChange = thisYear.Finished - previousYear.Finished;
        return new FollowUpChange(
            thisYear.ActualParticipants - previousYear.ActualParticipants,
            (int)finishedChange,
            finishedChange > 0);
    }
}
