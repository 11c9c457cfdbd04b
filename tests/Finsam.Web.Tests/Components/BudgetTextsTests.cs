using Finsam.Contracts.Budget.V1;
using Finsam.Web.Components.Shared;

namespace Finsam.Web.Tests.Components;

public sealed class BudgetTextsTests
{
    [Theory]
    [InlineData("Förbundets administration", "forbundets-administration")]
    [InlineData("  Resor/utbildning ", "resor-utbildning")]
    [InlineData("Åtgärder 2027", "atgarder-2027")]
    [InlineData("!!!", "grupp")]
    public void A_new_group_is_keyed_from_its_label_as_keys_are_written(string label, string key) =>
        Assert.Equal(key, BudgetTexts.KeyFrom(label, []));

    [Fact]
    public void A_new_group_never_takes_a_key_the_budget_already_has() =>
        Assert.Equal("styrelsen-3", BudgetTexts.KeyFrom("Styrelsen", ["styrelsen", "styrelsen-2"]));

    [Fact]
    public void A_goal_shows_the_share_where_the_report_gives_one_and_the_amounts_it_compared()
    {
        var cap = new GoalReport { Goal = "group_share_cap", Status = GoalStatus.NotMet, ActualOre = 61_250_050, LimitOre = 60_000_000, ActualBasisPoints = 2_041 };
        var equity = new GoalReport { Goal = "min_equity", Status = GoalStatus.Met, ActualOre = 90_000_000, LimitOre = 50_000_000 };

        Assert.Equal("20,41 % (612 500,50 kr; gräns 600 000 kr)", BudgetTexts.GoalFigures(cap).Replace('\u00A0', ' '));
        Assert.Equal("900 000 kr (gräns 500 000 kr)", BudgetTexts.GoalFigures(equity).Replace('\u00A0', ' '));
        Assert.Equal("", BudgetTexts.GoalFigures(new GoalReport { Goal = "national_recommendation", Status = GoalStatus.NotEvaluated }));
    }
}
