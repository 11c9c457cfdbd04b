using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.Documents.Composition;

namespace Finsam.Documents.Tests;

// The tables place the budget's figures; they compute none of their own.
public sealed class BudgetTablesTests
{
    private static long Tkr(decimal tkr) => (long)(tkr * 100_000);

    private static DocumentInputs Inputs(AmountUnit unit = AmountUnit.Tkr) => new()
    {
        Year = 2022,
        Template = new DocumentTemplate { Unit = unit, RowLabels = { ["Försäkringskassan"] = "Försäkringskassan/Arbetsförmedlingen" }, ContingentLiabilities = "Inga" },
        BudgetReport = new BudgetReport
        {
            Years =
            {
                new YearReport { Year = 2021, Forecast = true, OperatingIncomeOre = Tkr(7_378), OperatingCostsOre = Tkr(7_617), ResultOre = Tkr(-240), EquityOre = Tkr(1_233) },
                Year(2022, Tkr(6_967), Tkr(-656)),
                Year(2023, Tkr(660), 0),
                Year(2024, 0, 0),
            },
        },
    };

    private static YearReport Year(int year, long efforts, long result) => new()
    {
        Year = year,
        Income = { new Row { Label = "Försäkringskassan", AmountOre = Tkr(3_689), Contribution = true }, new Row { Label = "Region Västernorrland", AmountOre = Tkr(1_844.5m), Contribution = true } },
        MemberContributions =
        {
            new MemberContributionReport { MemberId = "forsakringskassan", DisplayName = "Försäkringskassan", AmountOre = Tkr(3_689) },
            new MemberContributionReport { MemberId = "region", DisplayName = "Region Västernorrland", AmountOre = Tkr(1_844.5m), RegionalPartOre = Tkr(1_844.5m) },
        },
        IncomeOre = Tkr(5_533.5m),
        ContributionsOre = Tkr(5_533.5m),
        CostGroups =
        {
            new GroupReport { Key = "board", Label = "Styrelsen", AmountOre = Tkr(105), Lines = { new Row { Label = "Arvoden", AmountOre = Tkr(105) } } },
            new GroupReport { Key = "decided-efforts", Label = "Beslutade aktiviteter", AmountOre = efforts },
        },
        ResultOre = result,
        OperatingCostsOre = Tkr(8_033),
    };

    [Fact]
    public void The_budget_with_plan_has_a_column_per_year_and_the_federations_own_labels()
    {
        var table = new BudgetTables(Inputs()).Build(TableKind.BudgetWithPlan);

        Assert.Equal(["Intäkter", "2022", "2023", "2024"], table.Header);
        Assert.Equal(
            [
                ("Försäkringskassan/Arbetsförmedlingen", "3 689|3 689|3 689", RowStyle.Line),
                ("Region Västernorrland", "1 844,5|1 844,5|1 844,5", RowStyle.Line),
                ("Summa intäkter", "5 533,5|5 533,5|5 533,5", RowStyle.Total),
                ("Kostnader", "||", RowStyle.Group),
                ("Styrelsen", "105|105|105", RowStyle.Line),
                ("Beslutade aktiviteter", "6 967|660|0", RowStyle.Line),
                ("Summa kostnader", "0|0|0", RowStyle.Total),
                ("Budgeterat resultat", "-656|0|0", RowStyle.Total),
            ],
            table.Rows.Select(r => (r.Label, string.Join('|', r.Cells).Replace('\u00A0', ' '), r.Style)));
    }

    [Fact]
    public void The_result_budget_shows_the_forecast_first_and_costs_as_negative_figures()
    {
        var table = new BudgetTables(Inputs()).Build(TableKind.ResultBudget);

        Assert.Equal(["", "Prognos 2021", "Budget 2022", "Plan 2023", "Plan 2024"], table.Header);
        Assert.Equal(["-7 617", "-8 033", "-8 033", "-8 033"], table.Rows.Single(r => r.Label == "Verksamhetens kostnader").Cells.Select(c => c.Replace('\u00A0', ' ')));
        Assert.Equal(["-", "-", "-", "-"], table.Rows.Single(r => r.Label == "Avskrivningar").Cells);
    }

    [Fact]
    public void The_balance_budget_carries_the_contingent_liabilities_the_template_states() =>
        Assert.Equal(["Inga", "Inga", "Inga", "Inga"], new BudgetTables(Inputs()).Build(TableKind.BalanceBudget).Rows[^1].Cells);

    [Fact]
    public void In_kronor_every_amount_is_whole_kronor() =>
        Assert.Equal(
            ["1 844 500", "1 844 500", "1 844 500"],
            new BudgetTables(Inputs(AmountUnit.Kronor)).Build(TableKind.Contributions).Rows[1].Cells.Select(c => c.Replace('\u00A0', ' ')));

    [Fact]
    public void The_detailed_budget_lists_each_group_with_its_lines_and_sum()
    {
        var table = new BudgetTables(Inputs()).Build(TableKind.DetailedBudget);

        Assert.Equal(["Post", "Budget 2022"], table.Header);
        Assert.Equal(
            ["Försäkringskassan/Arbetsförmedlingen", "Region Västernorrland", "Summa intäkter", "Styrelsen", "Arvoden", "Summa styrelsen", "Beslutade aktiviteter", "Summa kostnader 2022", "Resultat 2022"],
            table.Rows.Select(r => r.Label));
    }
}
