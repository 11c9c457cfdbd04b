using Finsam.Grants.Domain;

namespace Finsam.Grants.Tests;

public sealed class EffortTransitionsTests
{
    public static TheoryData<EffortStatus, EffortStatus> LegalMoves => new()
    {
        { EffortStatus.Draft, EffortStatus.Applied },
        { EffortStatus.Draft, EffortStatus.Withdrawn },
        { EffortStatus.Applied, EffortStatus.Granted },
        { EffortStatus.Applied, EffortStatus.Rejected },
        { EffortStatus.Applied, EffortStatus.Withdrawn },
        { EffortStatus.Granted, EffortStatus.Running },
        { EffortStatus.Granted, EffortStatus.Withdrawn },
        { EffortStatus.Running, EffortStatus.Ended },
    };

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void The_legal_moves_are_allowed_with_a_decision(EffortStatus from, EffortStatus to)
    {
        Assert.Null(EffortTransitions.WhyNot(from, to, hasDecision: true));
    }

    [Fact]
    public void Every_other_move_is_refused_with_a_reason()
    {
        var legal = LegalMoves.Select(row => row.Data).ToHashSet();
        foreach (var from in Enum.GetValues<EffortStatus>())
        {
            foreach (var to in Enum.GetValues<EffortStatus>().Where(to => !legal.Contains((from, to))))
            {
                Assert.False(string.IsNullOrWhiteSpace(EffortTransitions.WhyNot(from, to, hasDecision: true)), $"{from} → {to}");
            }
        }
    }

    [Theory]
    [InlineData(EffortStatus.Applied, EffortStatus.Granted)]
    [InlineData(EffortStatus.Granted, EffortStatus.Running)]
    public void Without_a_board_decision_an_effort_is_neither_granted_nor_run(EffortStatus from, EffortStatus to)
    {
        Assert.Contains("decision", EffortTransitions.WhyNot(from, to, hasDecision: false));
    }

    [Fact]
    public void Only_efforts_that_never_had_money_can_be_deleted()
    {
        Assert.Equal(
            [EffortStatus.Draft, EffortStatus.Rejected, EffortStatus.Withdrawn],
            Enum.GetValues<EffortStatus>().Where(EffortTransitions.CanBeDeleted));
    }
}
