using Finsam.Budget.Domain;

namespace Finsam.Budget.Tests.Domain;

// Which of the federation's groups takes which decided effort and reserved amount.
public sealed class GroupSourcesTests
{
    private static CostGroup Group(string key, CostGroupSource source, params string[] effortCostGroups) =>
        new(key, key, CostGroupKind.Other, [], new Dictionary<int, long>(), source) { EffortCostGroups = effortCostGroups };

    private static readonly EffortCost Psykolog = new("individ", 2026, "Psykolog", 500);
    private static readonly EffortCost Forum = new("struktur", 2026, "Samverkansforum", 200);
    private static readonly EffortCost Labb = new("innovation", 2026, "Innovationslabb", 300);

    [Fact]
    public void An_effort_goes_to_the_group_that_names_its_cost_group_and_the_rest_to_the_group_that_takes_every_other()
    {
        var filled = GroupSources.Fill(
            [Group("innovation", CostGroupSource.DecidedEfforts, "innovation"), Group("efforts", CostGroupSource.DecidedEfforts)],
            [Psykolog, Forum, Labb],
            []);

        Assert.Empty(filled.Unplaced);
        Assert.Equal(["Innovationslabb"], filled.Groups[0].Lines.Select(l => l.Label));
        Assert.Equal(["Psykolog", "Samverkansforum"], filled.Groups[1].Lines.Select(l => l.Label));
    }

    [Fact]
    public void Decided_and_reserved_money_in_one_group_are_its_lines_the_reserved_under_its_own_label()
    {
        var filled = GroupSources.Fill(
            [Group("board", CostGroupSource.Entered), Group("insatser", CostGroupSource.DecidedAndReserved)],
            [Psykolog],
            [new Reservation(2026, 1_000, "Ej fördelade medel"), new Reservation(2027, 0, "Ej fördelade medel")]);

        Assert.Equal([("Psykolog", 500L), ("Ej fördelade medel", 1_000L)], filled.Groups[1].Lines.Select(l => (l.Label, l.AmountOre)));
        Assert.Equal(1_500, BudgetEngine.GroupAmount(filled.Groups[1], 2026));
        Assert.Empty(filled.Groups[0].Lines);
    }

    [Fact]
    public void A_group_of_reserved_money_alone_shows_the_amount_as_its_total()
    {
        var filled = GroupSources.Fill([Group("new", CostGroupSource.Reserved)], [], [new Reservation(2027, 5_558, "Nya insatser")]);

        Assert.Empty(filled.Groups[0].Lines);
        Assert.Equal(5_558, BudgetEngine.GroupAmount(filled.Groups[0], 2027));
    }

    [Fact]
    public void Money_no_group_takes_is_named_not_dropped()
    {
        var filled = GroupSources.Fill([Group("innovation", CostGroupSource.DecidedEfforts, "innovation")], [Psykolog, Labb], [new Reservation(2026, 10, "")]);

        Assert.Equal(
            ["Decided efforts of the grants cost group 'individ' in 2026", "Money reserved for new efforts in 2026"],
            filled.Unplaced);
    }

    [Fact]
    public void Entered_groups_are_left_as_entered()
    {
        var board = new CostGroup("board", "Styrelsen", CostGroupKind.Board, [new("Arvoden", 2026, 90)], new Dictionary<int, long> { [2027] = 95 });

        var filled = GroupSources.Fill([board, Group("efforts", CostGroupSource.DecidedEfforts)], [Psykolog], []);

        Assert.Same(board, filled.Groups[0]);
    }
}
