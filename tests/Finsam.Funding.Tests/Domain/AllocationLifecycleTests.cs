using Finsam.Funding.Domain;

namespace Finsam.Funding.Tests.Domain;

public sealed class AllocationLifecycleTests
{
    private static readonly AllocationFigures Preliminary = new(AllocationStatus.Preliminary, 350_000_000, 0);
    private static readonly AllocationFigures Decided = new(AllocationStatus.Decided, 368_900_000, 8_900_000);

    public static TheoryData<AllocationStatus, AnnouncementKind> LegalAnnouncements => new()
    {
        // The status report may be revised, by another report or a revision, until the decision.
        { AllocationStatus.Preliminary, AnnouncementKind.Preliminary },
        { AllocationStatus.Preliminary, AnnouncementKind.Decision },
        { AllocationStatus.Preliminary, AnnouncementKind.Revision },
        { AllocationStatus.Decided, AnnouncementKind.Revision },
    };

    [Theory]
    [MemberData(nameof(LegalAnnouncements))]
    public void The_legal_announcements_are_allowed(AllocationStatus status, AnnouncementKind kind)
    {
        Assert.Null(AllocationLifecycle.WhyNot(status, kind));
    }

    [Fact]
    public void Every_other_announcement_is_refused_with_a_reason()
    {
        var legal = LegalAnnouncements.Select(row => row.Data).ToHashSet();
        foreach (var status in Enum.GetValues<AllocationStatus>())
        {
            foreach (var kind in Enum.GetValues<AnnouncementKind>().Where(kind => !legal.Contains((status, kind))))
            {
                Assert.False(string.IsNullOrWhiteSpace(AllocationLifecycle.WhyNot(status, kind)), $"{status} then {kind}");
                var refused = Assert.Throws<FundingRuleException>(() => AllocationLifecycle.Announce(new AllocationFigures(status, 100, 0), kind, 1));
                Assert.Equal(AllocationLifecycle.WhyNot(status, kind), refused.Message);
            }
        }
    }

    [Fact]
    public void After_the_decision_neither_a_status_report_nor_another_decision_may_follow()
    {
        Assert.Equal("A decided allocation takes a revision, not a status report.", AllocationLifecycle.WhyNot(AllocationStatus.Decided, AnnouncementKind.Preliminary));
        Assert.Equal("A decided allocation takes a revision, not the formal decision.", AllocationLifecycle.WhyNot(AllocationStatus.Decided, AnnouncementKind.Decision));
    }

    [Fact]
    public void Recording_an_allocation_is_its_first_announcement()
    {
        Assert.Equal(
            new AllocationChange(new AllocationFigures(AllocationStatus.Preliminary, 350_000_000, 0), AnnouncementKind.Preliminary),
            AllocationLifecycle.Record(AllocationStatus.Preliminary, 350_000_000));
        Assert.Equal(
            new AllocationChange(new AllocationFigures(AllocationStatus.Decided, 368_900_000, 0), AnnouncementKind.Decision),
            AllocationLifecycle.Record(AllocationStatus.Decided, 368_900_000));
    }

    [Theory]
    [InlineData(AnnouncementKind.Preliminary, AllocationStatus.Preliminary)]
    [InlineData(AnnouncementKind.Revision, AllocationStatus.Preliminary)]
    [InlineData(AnnouncementKind.Decision, AllocationStatus.Decided)]
    public void An_announcement_sets_the_figure_and_only_a_decision_decides(AnnouncementKind kind, AllocationStatus after)
    {
        var change = AllocationLifecycle.Announce(Preliminary, kind, 360_000_000);

        Assert.Equal(new AllocationFigures(after, 360_000_000, 0), change.After);
        Assert.Equal(kind, change.Announced);
    }

    [Fact]
    public void A_revision_of_a_decided_allocation_stays_decided_and_lowers_what_is_declined_to_the_new_offer()
    {
        Assert.Equal(new AllocationFigures(AllocationStatus.Decided, 370_000_000, 8_900_000), AllocationLifecycle.Announce(Decided, AnnouncementKind.Revision, 370_000_000).After);
        Assert.Equal(new AllocationFigures(AllocationStatus.Decided, 5_000_000, 5_000_000), AllocationLifecycle.Announce(Decided, AnnouncementKind.Revision, 5_000_000).After);
    }

    public static TheoryData<AllocationStatus, AllocationStatus, bool, AnnouncementKind?> Edits => new()
    {
        { AllocationStatus.Preliminary, AllocationStatus.Preliminary, false, null },
        { AllocationStatus.Preliminary, AllocationStatus.Preliminary, true, AnnouncementKind.Revision },
        { AllocationStatus.Preliminary, AllocationStatus.Decided, false, AnnouncementKind.Decision },
        { AllocationStatus.Preliminary, AllocationStatus.Decided, true, AnnouncementKind.Decision },
        { AllocationStatus.Decided, AllocationStatus.Decided, false, null },
        { AllocationStatus.Decided, AllocationStatus.Decided, true, AnnouncementKind.Revision },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void An_edit_is_recorded_as_the_announcement_it_amounts_to(AllocationStatus from, AllocationStatus to, bool newFigure, AnnouncementKind? announced)
    {
        var current = new AllocationFigures(from, 100, 10);
        var proposed = new AllocationFigures(to, newFigure ? 200 : 100, 20);

        Assert.Null(AllocationLifecycle.WhyNot(from, to));
        var change = AllocationLifecycle.Edit(current, proposed);

        Assert.Equal(proposed, change.After);
        Assert.Equal(announced, change.Announced);
    }

    [Fact]
    public void A_decided_allocation_cannot_be_edited_back_to_preliminary()
    {
        Assert.Equal("A decided allocation stays decided; announce a revision to change its figure.",
            AllocationLifecycle.WhyNot(AllocationStatus.Decided, AllocationStatus.Preliminary));
        Assert.Throws<FundingRuleException>(() => AllocationLifecycle.Edit(Decided, Decided with { Status = AllocationStatus.Preliminary }));
    }

    [Fact]
    public void Every_edit_between_statuses_but_undeciding_is_allowed()
    {
        foreach (var from in Enum.GetValues<AllocationStatus>())
        {
            foreach (var to in Enum.GetValues<AllocationStatus>())
            {
                var undeciding = from == AllocationStatus.Decided && to == AllocationStatus.Preliminary;
                Assert.Equal(undeciding, AllocationLifecycle.WhyNot(from, to) is not null);
            }
        }
    }

    [Fact]
    public void Announcements_are_numbered_from_one_in_the_order_recorded()
    {
        Assert.Equal(1, AllocationLifecycle.NextSequence(null));
        Assert.Equal(2, AllocationLifecycle.NextSequence(1));
        Assert.Equal(8, AllocationLifecycle.NextSequence(7));
    }
}
