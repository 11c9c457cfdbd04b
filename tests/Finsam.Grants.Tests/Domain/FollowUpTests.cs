using Finsam.Grants.Domain;

namespace Finsam.Grants.Tests.Domain;

public sealed class FollowUpTests
{
    [Theory]
    [InlineData(40, 5, 3, false)]
    [InlineData(8, 5, 3, false)]
    [InlineData(7, 5, 3, true)]
    [InlineData(0, 1, 0, true)]
    public void Only_those_who_took_part_can_finish_to_work_or_studies(int tookPart, int toWork, int toStudies, bool tooMany)
    {
        Assert.Equal(tooMany, new FollowUpFigures(45, tookPart, toWork, toStudies).FinishedMoreThanTookPart);
    }

    [Fact]
    public void Two_large_counts_of_finished_do_not_overflow_into_a_small_one()
    {
        var figures = new FollowUpFigures(0, int.MaxValue, int.MaxValue, int.MaxValue);

        Assert.Equal(2L * int.MaxValue, figures.Finished);
        Assert.True(figures.FinishedMoreThanTookPart);
    }

    [Fact]
    public void A_year_is_compared_with_the_year_before()
    {
        Assert.Equal(2021, FollowUpComparison.PreviousYear(2022));
    }

    [Fact]
    public void More_participants_and_more_finished_than_the_year_before()
    {
        var change = FollowUpComparison.Compare(new FollowUpFigures(45, 46, 9, 2), new FollowUpFigures(45, 40, 5, 3));

        Assert.Equal(new FollowUpChange(ParticipantsChange: 6, FinishedChange: 3, MoreFinished: true), change);
    }

    [Fact]
    public void As_many_finished_as_the_year_before_is_not_more()
    {
        var change = FollowUpComparison.Compare(new FollowUpFigures(0, 30, 4, 4), new FollowUpFigures(0, 35, 8, 0));

        Assert.Equal(new FollowUpChange(-5, 0, false), change);
    }

    [Fact]
    public void Fewer_finished_than_the_year_before_is_a_negative_change()
    {
        Assert.Equal(new FollowUpChange(0, -2, false), FollowUpComparison.Compare(new FollowUpFigures(0, 10, 1, 0), new FollowUpFigures(0, 10, 2, 1)));
    }

    [Fact]
    public void Without_a_year_before_there_is_nothing_to_compare()
    {
        Assert.Null(FollowUpComparison.Compare(new FollowUpFigures(45, 46, 9, 2), previousYear: null));
    }
}
