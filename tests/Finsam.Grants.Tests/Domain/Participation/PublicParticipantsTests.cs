using Finsam.Grants.Domain.Participation;

namespace Finsam.Grants.Tests.Domain.Participation;

// A federation's counts are published beside its efforts' own (the catalogue shows each effort's):
// a federation's count must not be its efforts' shown counts plus the one an effort hides.
public sealed class PublicParticipantsTests
{
    [Fact]
    public void Where_one_effort_hides_a_count_the_federation_hides_it_too_and_its_breakdowns_protect_it()
    {
        ParticipantCounts[] efforts = [Started(3, women: 2, men: 1), Started(20, women: 10, men: 10), Started(25, women: 12, men: 13)];

        var shown = Shown(PublicParticipants.OfFederation(ParticipantCounts.Total(efforts), efforts));

        Assert.Equal(("–", "–", "–"), (shown["Started"], shown["Woman"], shown["Man"]));
    }

    [Fact]
    public void Where_two_efforts_hide_a_count_or_none_does_the_federation_shows_it()
    {
        ParticipantCounts[] efforts = [Started(3, women: 2, men: 1), Started(4, women: 2, men: 2), Started(25, women: 12, men: 13)];

        var shown = Shown(PublicParticipants.OfFederation(ParticipantCounts.Total(efforts), efforts));

        Assert.Equal(("32", "16", "16"), (shown["Started"], shown["Woman"], shown["Man"]));
    }

    [Fact]
    public void No_random_federation_gives_away_the_one_count_an_effort_hides()
    {
        var random = new Random(17);
        for (var run = 0; run < 1_000; run++)
        {
            var efforts = Enumerable.Range(0, random.Next(1, 5)).Select(_ =>
            {
                var women = random.Next(0, 9);
                var men = random.Next(0, 9);
                return Started(women + men + random.Next(0, 2), women, men);
            }).ToList();

            var federation = PublicParticipants.OfFederation(ParticipantCounts.Total(efforts), efforts);
            var catalogue = efforts.Select(PublicParticipants.Of).ToList();

            for (var kind = 0; kind < federation.Count; kind++)
            {
                var hiddenInCatalogue = catalogue.Count(effort => effort[kind].Shown.Masking != CountMasking.Shown);
                Assert.False(federation[kind].Shown.Masking == CountMasking.Shown && hiddenInCatalogue == 1,
                    $"{federation[kind].Name} shown beside one hidden effort count: {string.Join("; ", efforts.Select(e => $"{e.Started}/{e.ByGender[Gender.Woman]}/{e.ByGender[Gender.Man]}"))}");
            }
        }
    }

    private static ParticipantCounts Started(int started, int women, int men) => ParticipantCounts.None with
    {
        Started = started,
        ByGender = new Dictionary<Gender, int> { [Gender.Woman] = women, [Gender.Man] = men },
    };

    private static Dictionary<string, string> Shown(IReadOnlyList<PublicParticipants.Count> counts) =>
        counts.ToDictionary(count => count.Name, count => count.Shown.ToString());
}
