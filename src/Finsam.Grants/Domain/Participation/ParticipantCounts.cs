namespace Finsam.Grants.Domain.Participation;

// An effort's participants in a year: how many started, were still taking part at the year's end,
// and ended; those who started by gender, age band and how they were provided for before; those
// who ended by where they went. A breakdown may leave some out (not known), never count more.
public sealed record ParticipantCounts(
    int Started,
    int Ongoing,
    int Ended,
    IReadOnlyDictionary<Gender, int> ByGender,
    IReadOnlyDictionary<AgeBand, int> ByAge,
    IReadOnlyDictionary<StatusBefore, int> ByStatusBefore,
    IReadOnlyDictionary<Outcome, int> ByOutcome)
{
    public static readonly ParticipantCounts None = new(0, 0, 0,
        new Dictionary<Gender, int>(), new Dictionary<AgeBand, int>(), new Dictionary<StatusBefore, int>(), new Dictionary<Outcome, int>());

    // Each breakdown that counts more than its whole, by name: "gender", "age", "status_before", "outcome".
    public IEnumerable<string> Overcounted()
    {
        if (Sum(ByGender) > Started)
        {
            yield return "gender";
        }
        if (Sum(ByAge) > Started)
        {
            yield return "age";
        }
        if (Sum(ByStatusBefore) > Started)
        {
            yield return "status_before";
        }
        if (Sum(ByOutcome) > Ended)
        {
            yield return "outcome";
        }
    }

    // "Andel till arbete eller studier": those who ended to work or studies, in tenths of a
    // percent of those who ended, rounded half away from nought; none when nobody ended.
    public int? ToWorkOrStudiesPermille => Ended == 0
        ? null
        : (int)Math.Round((ByOutcome.GetValueOrDefault(Outcome.Work) + (long)ByOutcome.GetValueOrDefault(Outcome.Studies)) * 1000m / Ended, MidpointRounding.AwayFromZero);

    // Every effort's, federation's or year's counts together, for the aggregates.
    public static ParticipantCounts Total(IEnumerable<ParticipantCounts> counts)
    {
        var all = counts.ToList();
        return new ParticipantCounts(
            all.Sum(c => c.Started),
            all.Sum(c => c.Ongoing),
            all.Sum(c => c.Ended),
            Together(all.Select(c => c.ByGender)),
            Together(all.Select(c => c.ByAge)),
            Together(all.Select(c => c.ByStatusBefore)),
            Together(all.Select(c => c.ByOutcome)));
    }

    // Long: many large counts must not overflow into a small one.
    private static long Sum<TKey>(IReadOnlyDictionary<TKey, int> counts) where TKey : notnull => counts.Values.Sum(count => (long)count);

    private static Dictionary<TKey, int> Together<TKey>(IEnumerable<IReadOnlyDictionary<TKey, int>> breakdowns) where TKey : notnull =>
        breakdowns.SelectMany(breakdown => breakdown)
            .GroupBy(pair => pair.Key)
            .ToDictionary(group => group.Key, group => group.Sum(pair => pair.Value));
}
