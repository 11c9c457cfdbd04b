namespace Finsam.Grants.Domain.Participation;

// An effort's participants as anything public shows them: those who started with their
// breakdowns by gender, age and status before (one total), those still taking part, and those who
// ended with where they went (another total), each masked as SmallCounts says.
public static class PublicParticipants
{
    public sealed record Count(string Name, MaskedCount Shown);

    public static IReadOnlyList<Count> Of(ParticipantCounts counts)
    {
        var genders = Enum.GetValues<Gender>();
        var ages = Enum.GetValues<AgeBand>();
        var before = Enum.GetValues<StatusBefore>();
        var outcomes = Enum.GetValues<Outcome>();

        var (startedBreakdowns, started) = SmallCounts.Mask(
            [
                [.. genders.Select(g => counts.ByGender.GetValueOrDefault(g))],
                [.. ages.Select(a => counts.ByAge.GetValueOrDefault(a))],
                [.. before.Select(b => counts.ByStatusBefore.GetValueOrDefault(b))],
            ],
            counts.Started);
        var (endedBreakdowns, ended) = SmallCounts.Mask([[.. outcomes.Select(o => counts.ByOutcome.GetValueOrDefault(o))]], counts.Ended);
        var ongoing = SmallCounts.Mask((IReadOnlyList<int>)[], counts.Ongoing).Total;

        return
        [
            new("Started", started),
            new("Ongoing", ongoing),
            new("Ended", ended),
            .. genders.Select((g, i) => new Count(g.ToString(), startedBreakdowns[0][i])),
            .. ages.Select((a, i) => new Count(a.ToString(), startedBreakdowns[1][i])),
            .. before.Select((b, i) => new Count($"Before{b}", startedBreakdowns[2][i])),
            .. outcomes.Select((o, i) => new Count($"After{o}", endedBreakdowns[0][i])),
        ];
    }
}
