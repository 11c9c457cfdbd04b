namespace Finsam.Grants.Domain.Participation;

// Participants as anything public shows them: those who started with their breakdowns by gender,
// age and status before (one total), those still taking part, and those who ended with where they
// went (another total), each masked as SmallCounts says.
public static class PublicParticipants
{
    public sealed record Count(string Name, MaskedCount Shown);

    // An effort's counts, as the catalogue shows them.
    public static IReadOnlyList<Count> Of(ParticipantCounts counts) => Of(counts, new HashSet<string>());

    // A federation's counts, the sums of its efforts'. Each effort's own are public (the catalogue),
    // so where exactly one effort's count of a kind is hidden there, the federation's count of that
    // kind is hidden too: it less the efforts' shown counts would be that one.
    public static IReadOnlyList<Count> OfFederation(ParticipantCounts total, IEnumerable<ParticipantCounts> efforts)
    {
        var shownByEffort = efforts.Select(Of).ToList();
        var givenAway = Of(total)
            .Select((count, index) => (count.Name, Hidden: shownByEffort.Count(effort => effort[index].Shown.Masking != CountMasking.Shown)))
            .Where(count => count.Hidden == 1)
            .Select(count => count.Name)
            .ToHashSet(StringComparer.Ordinal);
        return Of(total, givenAway);
    }

    // `hidden`: the counts, by name, hidden from the start.
    private static IReadOnlyList<Count> Of(ParticipantCounts counts, IReadOnlySet<string> hidden)
    {
        var genders = Enum.GetValues<Gender>();
        var ages = Enum.GetValues<AgeBand>();
        var before = Enum.GetValues<StatusBefore>();
        var outcomes = Enum.GetValues<Outcome>();
        string[][] startedNames = [[.. genders.Select(g => g.ToString())], [.. ages.Select(a => a.ToString())], [.. before.Select(b => $"Before{b}")]];
        string[][] endedNames = [[.. outcomes.Select(o => $"After{o}")]];

        var (startedBreakdowns, started) = SmallCounts.Mask(
            [
                [.. genders.Select(g => counts.ByGender.GetValueOrDefault(g))],
                [.. ages.Select(a => counts.ByAge.GetValueOrDefault(a))],
                [.. before.Select(b => counts.ByStatusBefore.GetValueOrDefault(b))],
            ],
            counts.Started,
            Cells(startedNames, hidden),
            hidden.Contains("Started"));
        var (endedBreakdowns, ended) = SmallCounts.Mask(
            [[.. outcomes.Select(o => counts.ByOutcome.GetValueOrDefault(o))]], counts.Ended, Cells(endedNames, hidden), hidden.Contains("Ended"));
        var ongoing = SmallCounts.Mask([], counts.Ongoing, new HashSet<(int, int)>(), hidden.Contains("Ongoing")).Total;

        return
        [
            new("Started", started),
            new("Ongoing", ongoing),
            new("Ended", ended),
            .. startedNames.SelectMany((names, b) => names.Select((name, i) => new Count(name, startedBreakdowns[b][i]))),
            .. endedNames.SelectMany((names, b) => names.Select((name, i) => new Count(name, endedBreakdowns[b][i]))),
        ];
    }

    private static HashSet<(int, int)> Cells(string[][] names, IReadOnlySet<string> hidden) =>
        [.. names.SelectMany((breakdown, b) => breakdown.Select((name, i) => (Name: name, Cell: (b, i)))).Where(c => hidden.Contains(c.Name)).Select(c => c.Cell)];
}
