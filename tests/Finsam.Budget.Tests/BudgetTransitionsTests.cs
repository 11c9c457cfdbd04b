using Finsam.Budget.Domain;

namespace Finsam.Budget.Tests;

public sealed class BudgetTransitionsTests
{
    public static TheoryData<BudgetStatus, BudgetStatus> LegalMoves => new()
    {
        { BudgetStatus.Draft, BudgetStatus.Proposed },
        { BudgetStatus.Draft, BudgetStatus.Adopted },
        { BudgetStatus.Proposed, BudgetStatus.Adopted },
        { BudgetStatus.Adopted, BudgetStatus.Draft },
    };

    public static TheoryData<BudgetStatus, BudgetStatus, string> IllegalMoves => new()
    {
        { BudgetStatus.Draft, BudgetStatus.Draft, "Only an adopted budget is revised; a draft or proposal can be changed as it is." },
        { BudgetStatus.Proposed, BudgetStatus.Draft, "Only an adopted budget is revised; a draft or proposal can be changed as it is." },
        { BudgetStatus.Proposed, BudgetStatus.Proposed, "Only a draft can be proposed; this budget is proposed." },
        { BudgetStatus.Adopted, BudgetStatus.Proposed, "Only a draft can be proposed; this budget is adopted." },
        { BudgetStatus.Adopted, BudgetStatus.Adopted, "This version is already adopted; revise it to change it." },
    };

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void The_legal_moves_are_allowed(BudgetStatus from, BudgetStatus to)
    {
        Assert.Null(BudgetTransitions.WhyNot(from, to));
    }

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void An_illegal_move_is_refused_saying_what_the_rpc_needs(BudgetStatus from, BudgetStatus to, string why)
    {
        Assert.Equal(why, BudgetTransitions.WhyNot(from, to));
    }

    [Fact]
    public void Every_move_is_either_legal_or_refused_with_a_reason()
    {
        var legal = LegalMoves.Select(row => row.Data).ToHashSet();
        var illegal = IllegalMoves.Select(row => (row.Data.Item1, row.Data.Item2)).ToHashSet();
        foreach (var from in Enum.GetValues<BudgetStatus>())
        {
            foreach (var to in Enum.GetValues<BudgetStatus>())
            {
                Assert.True(legal.Contains((from, to)) ^ illegal.Contains((from, to)), $"{from} → {to} is listed once");
                Assert.Equal(legal.Contains((from, to)), BudgetTransitions.WhyNot(from, to) is null);
            }
        }
    }

    [Fact]
    public void Only_an_adopted_budget_is_locked_against_changes()
    {
        Assert.Null(BudgetTransitions.WhyNotEdited(BudgetStatus.Draft));
        Assert.Null(BudgetTransitions.WhyNotEdited(BudgetStatus.Proposed));
        Assert.Equal("An adopted budget is locked; revise it to make a new version.", BudgetTransitions.WhyNotEdited(BudgetStatus.Adopted));
    }

    [Fact]
    public void Only_a_revision_starts_a_new_version()
    {
        var starting = LegalMoves.Select(row => row.Data).Where(move => BudgetTransitions.StartsNewVersion(move.Item1, move.Item2));

        Assert.Equal([(BudgetStatus.Adopted, BudgetStatus.Draft)], starting);
    }
}
