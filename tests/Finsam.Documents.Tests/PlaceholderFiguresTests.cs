using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.Documents.Templating;

namespace Finsam.Documents.Tests;

// Every figure of the budget report can be named in a text, by the budget's own keys.
public sealed class PlaceholderFiguresTests
{
    private static string Render(string text, DocumentInputs? inputs = null) =>
        LiquidText.Render(text, PlaceholderModel.From(inputs ?? ShapedBudget.Inputs())).Replace('\u00A0', ' ');

    [Theory]
    [InlineData("{{ budget.contributions.kr }}", "4 000 000 kr")]
    [InlineData("{{ budget.other_income.tkr }}", "10")]
    [InlineData("{{ budget.groups.insatser.kr }}", "3 000 000 kr")]
    [InlineData("{{ budget.groups.insatser.label }}", "Insatser")]
    [InlineData("{{ budget.subtotals.insatskostnader.tkr }}", "3 000")]
    [InlineData("{{ budget.subtotals.insatskostnader.label }}", "Summa insatskostnader")]
    [InlineData("{{ budget.room.opening_surplus.kr }}", "500 000 kr")]
    [InlineData("{{ budget.room.contributions.kronor }}", "4 000 000")]
    [InlineData("{{ budget.room.other_income.kronor }}", "10 000")]
    [InlineData("{{ budget.room.groups.verksamhet.kr }}", "800 000 kr")]
    [InlineData("{{ budget.room.closing_surplus.kr }}", "610 000 kr")]
    [InlineData("{{ budget.room.kr }}", "610 000 kr")]
    [InlineData("{{ years[0].groups.styrelse.kr }}", "100 000 kr")]
    public void A_figure_of_the_report_is_named_by_the_budgets_own_key(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Fact]
    public void Placeholders_give_costs_as_the_report_has_them_whichever_way_tables_print_them() =>
        Assert.Equal("3 900 000 kr / 3 000 000 kr", Render("{{ budget.costs.kr }} / {{ budget.groups.insatser.kr }}"));

    [Fact]
    public void A_key_with_a_hyphen_is_reached_with_brackets_or_dots()
    {
        var inputs = ShapedBudget.Inputs();
        inputs.BudgetReport.Years[0].CostGroups[1].Key = "nya-insatser";

        Assert.Equal("3 000 000 kr", Render("{{ budget.groups['nya-insatser'].kr }}", inputs));
        Assert.Equal("3 000 000 kr", Render("{{ budget.groups.nya-insatser.kr }}", inputs));
    }

    [Fact]
    public void Each_plan_year_has_its_figures()
    {
        var inputs = ShapedBudget.Inputs(true, 2025, 2026);
        inputs.BudgetReport.Years[1].ContributionsOre = ShapedBudget.Kr(4_100_000);

        Assert.Equal("4 000 000 kr, 4 100 000 kr", Render("{{ years[0].contributions.kr }}, {{ years[1].contributions.kr }}", inputs));
        Assert.Equal("2026 2026", Render("{{ last_year }} {{ plan_years[0] }}", inputs));
    }

    [Fact]
    public void A_one_year_budget_ends_its_own_year_and_has_no_plan_years() =>
        Assert.Equal("2025 0 [] 2025", Render("{{ last_year }} {{ plan_years.size }} [{{ plan_years | first }}] {{ year }}{% if plan_years.size > 0 %} med plan{% endif %}"));

    [Fact]
    public void A_plan_year_a_one_year_budget_does_not_have_is_named_not_printed_as_nothing()
    {
        var problem = Assert.Throws<TemplateProblem>(() => Render("Budget {{ year }} med plan för {{ plan_years[0] }}-{{ last_year }}"));
        Assert.StartsWith("Unknown placeholder 'plan_years[0]'", problem.Message);
    }

    [Fact]
    public void A_key_the_budget_does_not_have_is_named_when_rendering()
    {
        var problem = Assert.Throws<TemplateProblem>(() => Render("{{ budget.groups.innovation.kr }}"));
        Assert.Contains("budget.groups.innovation", problem.Message);
    }

    [Fact]
    public void A_text_that_names_the_federations_own_keys_passes_the_check_before_there_is_a_budget() =>
        Assert.Equal("0 kr", LiquidText.Render("{{ budget.room.groups.vad-som-helst.kr }}", PlaceholderModel.Sample(2025)).Replace('\u00A0', ' '));

    [Fact]
    public void Goals_name_their_year()
    {
        var inputs = ShapedBudget.Inputs(true, 2025, 2026);
        inputs.BudgetReport.Goals.Add(new GoalReport { Goal = "equity_band", Year = 2026, Status = GoalStatus.Met });

        Assert.Equal("equity_band 2026 uppfyllt", Render("{% for g in goals %}{{ g.goal }} {{ g.year }} {{ g.status }}{% endfor %}", inputs));
    }

    [Fact]
    public void An_efforts_amount_is_what_the_board_decided_for_the_year_not_what_its_cost_lines_ask()
    {
        var inputs = ShapedBudget.Inputs();
        inputs.Efforts.Add(new Effort
        {
            Name = "federations/adalen/efforts/steg",
            DisplayName = "Steg",
            CostLines = { new CostLine { Year = 2025, AmountOre = ShapedBudget.Kr(500_000) } },
        });
        inputs.EffortCosts = new EffortCosts
        {
            Lines = { new EffortCostLine { Effort = "federations/adalen/efforts/steg", EffortDisplayName = "Steg", Year = 2025, AmountOre = ShapedBudget.Kr(450_000) } },
        };

        Assert.Equal("Steg: 450 000 kr", Render("{% for e in efforts.all %}{{ e.name }}: {{ e.amount.kr }}{% endfor %}", inputs));

        inputs.EffortCosts = null;
        Assert.Equal("Steg: 500 000 kr", Render("{% for e in efforts.all %}{{ e.name }}: {{ e.amount.kr }}{% endfor %}", inputs));
    }
}
