using Finsam.Grants.Domain;

namespace Finsam.Grants.Tests.Domain;

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
    public void A_refusal_names_its_rule_by_a_code_a_client_app_can_word()
    {
        Assert.Equal(EffortMoveRefusal.DecisionRequired, EffortTransitions.Refusal(EffortStatus.Applied, EffortStatus.Granted, hasDecision: false)!.Code);
        Assert.Equal(EffortMoveRefusal.NotAllowed, EffortTransitions.Refusal(EffortStatus.Draft, EffortStatus.Running, hasDecision: false)!.Code);
        Assert.Equal(EffortMoveRefusal.NotAllowed, EffortTransitions.Refusal(EffortStatus.Ended, EffortStatus.Running, hasDecision: true)!.Code);
        Assert.Null(EffortTransitions.Refusal(EffortStatus.Applied, EffortStatus.Granted, hasDecision: true));
    }

    [Fact]
    public void Only_efforts_that_never_had_money_can_be_deleted()
    {
        Assert.Equal(
            [EffortStatus.Draft, EffortStatus.Rejected, EffortStatus.Withdrawn],
            Enum.GetValues<EffortStatus>().Where(EffortTransitions.CanBeDeleted));
    }

    [Fact]
    public void Every_effort_starts_as_a_draft()
    {
        Assert.Equal(EffortStatus.Draft, EffortTransitions.Initial);
    }

    [Theory]
    [InlineData(EffortStatus.Draft)]
    [InlineData(EffortStatus.Rejected)]
    [InlineData(EffortStatus.Withdrawn)]
    public void An_effort_that_never_had_money_nor_a_decision_can_be_deleted(EffortStatus status)
    {
        Assert.Null(EffortTransitions.WhyNotDelete(status, hasDecision: false));
    }

    [Theory]
    [InlineData(EffortStatus.Applied)]
    [InlineData(EffortStatus.Granted)]
    [InlineData(EffortStatus.Running)]
    [InlineData(EffortStatus.Ended)]
    public void An_effort_on_its_way_to_money_or_past_it_stays_on_record(EffortStatus status)
    {
        Assert.False(string.IsNullOrWhiteSpace(EffortTransitions.WhyNotDelete(status, hasDecision: false)));
        Assert.False(string.IsNullOrWhiteSpace(EffortTransitions.WhyNotDelete(status, hasDecision: true)));
    }

    [Fact]
    public void A_board_decision_keeps_its_effort_on_record_whatever_the_status()
    {
        Assert.All(Enum.GetValues<EffortStatus>(), status => Assert.NotNull(EffortTransitions.WhyNotDelete(status, hasDecision: true)));
    }

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void A_decision_is_needed_exactly_for_the_moves_that_give_money_or_run_it(EffortStatus from, EffortStatus to)
    {
        var needsDecision = to is EffortStatus.Granted or EffortStatus.Running;
        Assert.Equal(needsDecision, EffortTransitions.WhyNot(from, to, hasDecision: false) is not null);
    }

    [Fact]
    public void Money_is_counted_from_the_grant_on()
    {
        Assert.Equal(
            [EffortStatus.Granted, EffortStatus.Running, EffortStatus.Ended],
            Enum.GetValues<EffortStatus>().Where(EffortTransitions.HasMoney));
    }
}
