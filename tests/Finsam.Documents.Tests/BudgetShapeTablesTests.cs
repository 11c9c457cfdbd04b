using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.Documents.Composition;

namespace Finsam.Documents.Tests;

// The tables take the budget's own shape from its report: its years, its groups in its
// order, its subtotals where it puts them, its income rows, and its way of printing costs.
public sealed class BudgetShapeTablesTests
{
    private static List<(string Label, string Cells, RowStyle Style)> Rows(Table table) =>
        [.. table.Rows.Select(r => (r.Label, string.Join('|', r.Cells).Replace('\u00A0', ' '), r.Style))];

    [Fact]
    public void A_one_year_budget_has_one_column_its_groups_in_order_the_subtotal_after_its_group_and_costs_negative()
    {
        var table = new BudgetTables(ShapedBudget.Inputs()).Build(TableKind.BudgetWithPlan);

        Assert.Equal(["Intäkter", "2025"], table.Header);
        Assert.Equal(
            [
                ("Medlemsbidrag", "4 000 000", RowStyle.Line),
                ("Ränteintäkter", "10 000", RowStyle.Line),
                ("Summa intäkter", "4 010 000", RowStyle.Total),
                ("Kostnader", "", RowStyle.Group),
                ("Styrelse", "-100 000", RowStyle.Line),
                ("Insatser", "-3 000 000", RowStyle.Line),
                ("Summa insatskostnader", "-3 000 000", RowStyle.Total),
                ("Verksamhetskostnader", "-800 000", RowStyle.Line),
                ("Summa kostnader", "-3 900 000", RowStyle.Total),
                ("Budgeterat resultat", "110 000", RowStyle.Total),
            ],
            Rows(table));
    }

    [Fact]
    public void Costs_stay_positive_where_the_federation_prints_them_so_and_a_loss_keeps_its_sign()
    {
        var inputs = ShapedBudget.Inputs(costsAsNegative: false);
        inputs.BudgetReport.Years[0].ResultOre = ShapedBudget.Kr(-90_000);

        var rows = Rows(new BudgetTables(inputs).Build(TableKind.BudgetWithPlan));

        Assert.Contains(("Insatser", "3 000 000", RowStyle.Line), rows);
        Assert.Contains(("Summa insatskostnader", "3 000 000", RowStyle.Total), rows);
        Assert.Contains(("Summa kostnader", "3 900 000", RowStyle.Total), rows);
        Assert.Contains(("Budgeterat resultat", "-90 000", RowStyle.Total), rows);
    }

    [Fact]
    public void A_two_year_budget_has_two_columns()
    {
        var inputs = ShapedBudget.Inputs(true, 2025, 2026);

        Assert.Equal(["Intäkter", "2025", "2026"], new BudgetTables(inputs).Build(TableKind.BudgetWithPlan).Header);
        Assert.Equal(["", "Budget 2025", "Plan 2026"], new BudgetTables(inputs).Build(TableKind.ResultBudget).Header);
        Assert.Equal(["", "2025", "2026"], new BudgetTables(inputs).Build(TableKind.BudgetRoom).Header);
    }

    [Fact]
    public void The_detailed_budget_prints_lines_and_sums_of_costs_negative_with_the_subtotal_after_its_group()
    {
        var table = new BudgetTables(ShapedBudget.Inputs()).Build(TableKind.DetailedBudget);

        Assert.Equal(
            [
                ("Medlemsbidrag", "4 000 000", RowStyle.Line),
                ("Ränteintäkter", "10 000", RowStyle.Line),
                ("Summa intäkter", "4 010 000", RowStyle.Total),
                ("Styrelse", "", RowStyle.Group),
                ("Arvoden", "-100 000", RowStyle.Line),
                ("Summa styrelse", "-100 000", RowStyle.Total),
                ("Insatser", "-3 000 000", RowStyle.Line),
                ("Summa insatskostnader", "-3 000 000", RowStyle.Total),
                ("Verksamhetskostnader", "", RowStyle.Group),
                ("Kansli", "-800 000", RowStyle.Line),
                ("Summa verksamhetskostnader", "-800 000", RowStyle.Total),
                ("Summa kostnader 2025", "-3 900 000", RowStyle.Total),
                ("Resultat 2025", "110 000", RowStyle.Total),
            ],
            Rows(table));
    }

    [Fact]
    public void A_subtotal_after_the_first_group_stands_there_not_at_the_end()
    {
        var inputs = ShapedBudget.Inputs();
        inputs.BudgetReport.Years[0].Subtotals[0].After = "styrelse";

        var labels = new BudgetTables(inputs).Build(TableKind.BudgetWithPlan).Rows.Select(r => r.Label).ToList();

        Assert.Equal(labels.IndexOf("Styrelse") + 1, labels.IndexOf("Summa insatskostnader"));
    }

    [Fact]
    public void The_budget_room_has_every_part_with_costs_printed_as_the_federation_prints_them()
    {
        var table = new BudgetTables(ShapedBudget.Inputs()).Build(TableKind.BudgetRoom);

        Assert.Equal(["", "2025"], table.Header);
        Assert.Equal("Belopp i kronor", table.UnitNote);
        Assert.Equal(
            [
                ("Ingående överskott", "500 000", RowStyle.Line),
                ("Medlemsbidrag", "4 000 000", RowStyle.Line),
                ("Övriga intäkter", "10 000", RowStyle.Line),
                ("Styrelse", "-100 000", RowStyle.Line),
                ("Insatser", "-3 000 000", RowStyle.Line),
                ("Verksamhetskostnader", "-800 000", RowStyle.Line),
                ("Utgående överskott", "610 000", RowStyle.Total),
            ],
            Rows(table));
        Assert.Contains(("Insatser", "3 000 000", RowStyle.Line), Rows(new BudgetTables(ShapedBudget.Inputs(costsAsNegative: false)).Build(TableKind.BudgetRoom)));
    }

    [Fact]
    public void The_budget_rooms_row_labels_are_the_federations_own_where_it_names_them()
    {
        var inputs = ShapedBudget.Inputs();
        inputs.Template.RowLabels["Utgående överskott"] = "Budgetutrymme vid årets slut";

        Assert.Equal("Budgetutrymme vid årets slut", new BudgetTables(inputs).Build(TableKind.BudgetRoom).Rows[^1].Label);
    }

    [Fact]
    public void The_contributions_table_lists_each_member_whichever_way_the_budget_shows_them_with_the_municipalities_sum()
    {
        var table = new BudgetTables(ShapedBudget.Inputs()).Build(TableKind.Contributions);

        Assert.Equal(["Medlem", "2025"], table.Header);
        Assert.Equal(
            [
                ("Försäkringskassan", "2 000 000", RowStyle.Line),
                ("Region Ådalen", "1 000 000", RowStyle.Line),
                ("Norrby kommun", "600 000", RowStyle.Line),
                ("Söderby kommun", "400 000", RowStyle.Line),
                ("Summa kommunerna", "1 000 000", RowStyle.Total),
                ("Summa medlemsbidrag", "4 000 000", RowStyle.Total),
            ],
            Rows(table));
    }

    [Fact]
    public void The_contributions_table_shows_the_municipalities_populations_where_the_template_names_the_column()
    {
        var inputs = ShapedBudget.Inputs();
        inputs.Template.PopulationHeading = "Invånare 31 december 2024";

        var table = new BudgetTables(inputs).Build(TableKind.Contributions);

        Assert.Equal(["Medlem", "Invånare 31 december 2024", "2025"], table.Header);
        Assert.Equal(("Region Ådalen", "|1 000 000", RowStyle.Line), Rows(table)[1]);
        Assert.Equal(("Norrby kommun", "30 000|600 000", RowStyle.Line), Rows(table)[2]);
        Assert.Equal(("Summa kommunerna", "50 000|1 000 000", RowStyle.Total), Rows(table)[4]);
    }

    [Fact]
    public void A_member_that_pays_both_quarters_has_each_part_under_its_line()
    {
        var inputs = ShapedBudget.Inputs(true, 2025, 2026);
        foreach (var year in inputs.BudgetReport.Years)
        {
            year.MemberContributions.Clear();
            year.MemberContributions.Add(new MemberContributionReport { MemberId = "forsakringskassan", DisplayName = "Försäkringskassan", AmountOre = ShapedBudget.Kr(2_000_000) });
            year.MemberContributions.Add(new MemberContributionReport
            {
                MemberId = "region-gotland", DisplayName = "Region Gotland", AmountOre = ShapedBudget.Kr(2_000_000),
                RegionalPartOre = ShapedBudget.Kr(1_000_000) + 50, MunicipalPartOre = ShapedBudget.Kr(1_000_000) - 50,
            });
        }

        var table = new BudgetTables(inputs).Build(TableKind.Contributions);

        Assert.Equal(
            [
                ("Försäkringskassan", "2 000 000|2 000 000", RowStyle.Line),
                ("Region Gotland", "2 000 000|2 000 000", RowStyle.Line),
                ("varav regionens fjärdedel", "1 000 001|1 000 001", RowStyle.Line),
                ("varav kommunens fjärdedel", "1 000 000|1 000 000", RowStyle.Line),
                ("Summa medlemsbidrag", "4 000 000|4 000 000", RowStyle.Total),
            ],
            Rows(table));
    }

    [Fact]
    public void The_detailed_budget_with_plan_has_every_line_of_every_year_and_a_dash_for_a_line_a_year_lacks()
    {
        var inputs = ShapedBudget.Inputs(false, 2025, 2026);
        var plan = inputs.BudgetReport.Years[1];
        plan.CostGroups[0].Lines.Add(new Row { Label = "Revision", AmountOre = ShapedBudget.Kr(20_000) });
        plan.CostGroups[0].AmountOre = ShapedBudget.Kr(120_000);
        // Reserved money in a group of its own: a total, no lines.
        plan.CostGroups.Add(new GroupReport { Key = "nya", Label = "Medel för nya insatser", AmountOre = ShapedBudget.Kr(500_000), Source = CostGroupSource.Reserved });
        inputs.Template.RowLabels["Budgeterat resultat"] = "Årets resultat";

        var table = new BudgetTables(inputs).Build(TableKind.DetailedBudgetWithPlan);

        Assert.Equal(["", "Budget 2025", "Plan 2026"], table.Header);
        Assert.Equal(
            [
                ("Intäkter", "|", RowStyle.Group),
                ("Medlemsbidrag", "4 000 000|4 000 000", RowStyle.Line),
                ("Ränteintäkter", "10 000|10 000", RowStyle.Line),
                ("Summa intäkter", "4 010 000|4 010 000", RowStyle.Total),
                ("Kostnader", "|", RowStyle.Group),
                ("Styrelse", "|", RowStyle.Group),
                ("Arvoden", "100 000|100 000", RowStyle.Line),
                ("Revision", "-|20 000", RowStyle.Line),
                ("Summa styrelse", "100 000|120 000", RowStyle.Total),
                ("Insatser", "3 000 000|3 000 000", RowStyle.Line),
                ("Summa insatskostnader", "3 000 000|3 000 000", RowStyle.Total),
                ("Verksamhetskostnader", "|", RowStyle.Group),
                ("Kansli", "800 000|800 000", RowStyle.Line),
                ("Summa verksamhetskostnader", "800 000|800 000", RowStyle.Total),
                ("Medel för nya insatser", "0|500 000", RowStyle.Line),
                ("Summa kostnader", "3 900 000|3 900 000", RowStyle.Total),
                ("Årets resultat", "110 000|110 000", RowStyle.Total),
            ],
            Rows(table));
    }

    [Fact]
    public void Where_each_member_has_an_income_row_the_detailed_budget_sums_the_contributions_before_other_income()
    {
        var inputs = ShapedBudget.Inputs();
        var year = inputs.BudgetReport.Years[0];
        year.Income.Clear();
        year.Income.Add(new Row { Label = "Försäkringskassan", AmountOre = ShapedBudget.Kr(2_000_000), Contribution = true });
        year.Income.Add(new Row { Label = "Region Gotland", AmountOre = ShapedBudget.Kr(2_000_000), Contribution = true });
        year.Income.Add(new Row { Label = "Ränteintäkter", AmountOre = ShapedBudget.Kr(10_000) });

        var labels = new BudgetTables(inputs).Build(TableKind.DetailedBudgetWithPlan).Rows.Select(r => r.Label).Take(6);

        Assert.Equal(["Intäkter", "Försäkringskassan", "Region Gotland", "Summa medlemsbidrag", "Ränteintäkter", "Summa intäkter"], labels);
    }

    [Fact]
    public void A_federation_that_prints_zero_as_a_dash_gets_dashes_in_the_result_and_balance_budgets()
    {
        var inputs = ShapedBudget.Inputs();
        Assert.Equal(["0"], new BudgetTables(inputs).Build(TableKind.ResultBudget).Rows.Single(r => r.Label == "Finansiella kostnader").Cells);

        inputs.Template.DashForZero = true;

        Assert.Equal(["-"], new BudgetTables(inputs).Build(TableKind.ResultBudget).Rows.Single(r => r.Label == "Finansiella kostnader").Cells);
        Assert.Equal(["-"], new BudgetTables(inputs).Build(TableKind.BalanceBudget).Rows.Single(r => r.Label == "Kortfristiga skulder").Cells);
    }

    [Fact]
    public void A_report_without_years_gives_tables_without_figures_rather_than_failing()
    {
        var inputs = ShapedBudget.Inputs();
        inputs.BudgetReport.Years.Clear();

        foreach (var kind in Enum.GetValues<TableKind>().Where(k => k != TableKind.Unspecified && !AnnualReportTables.Covers(k)))
        {
            Assert.NotNull(new BudgetTables(inputs).Build(kind));
        }
    }
}
