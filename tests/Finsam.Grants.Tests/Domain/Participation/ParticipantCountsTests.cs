using Finsam.Grants.Domain.Participation;

namespace Finsam.Grants.Tests.Domain.Participation;

public sealed class ParticipantCountsTests
{
    private static ParticipantCounts Year(int started, int ended, int women, int men, int young, int toWork) => new(
        started, started - ended, ended,
        new Dictionary<Gender, int> { [Gender.Woman] = women, [Gender.Man] = men },
        new Dictionary<AgeBand, int> { [AgeBand.From16To29] = young },
        new Dictionary<StatusBefore, int> { [StatusBefore.SicknessBenefit] = started },
        new Dictionary<Outcome, int> { [Outcome.Work] = toWork });

    [Fact]
    public void A_breakdown_may_leave_some_out_but_never_count_more_than_its_whole()
    {
        Assert.Empty(Year(started: 20, ended: 8, women: 10, men: 9, young: 5, toWork: 8).Overcounted());
        Assert.Equal(["gender", "outcome"], Year(started: 20, ended: 8, women: 12, men: 9, young: 5, toWork: 9).Overcounted());
    }

    [Fact]
    public void Efforts_together_sum_every_count_and_every_group()
    {
        var total = ParticipantCounts.Total([Year(20, 8, 10, 9, 5, 3), Year(6, 6, 2, 4, 0, 1), ParticipantCounts.None]);

        Assert.Equal((26, 12, 14), (total.Started, total.Ongoing, total.Ended));
        Assert.Equal((12, 13), (total.ByGender[Gender.Woman], total.ByGender[Gender.Man]));
        Assert.Equal((5, 26, 4), (total.ByAge[AgeBand.From16To29], total.ByStatusBefore[StatusBefore.SicknessBenefit], total.ByOutcome[Outcome.Work]));
    }
}
