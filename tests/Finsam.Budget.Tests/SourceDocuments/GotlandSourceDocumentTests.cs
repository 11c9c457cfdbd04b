using Finsam.SourceDocuments;

namespace Finsam.Budget.Tests.SourceDocuments;

// docs/federations/gotland-verksamhetsplan-budget-2026-2027.txt checks its own sums, without the
// budget engine: a two-year plan in tkr, Region Gotland paying both the region's and the
// municipalities' quarter, contributions per member, costs printed positive, its own groups in its
// own order, and a goal that names its year.
public sealed class GotlandSourceDocumentTests
{
    private const string State = "Försäkringskassan/Arbetsförmedlingen";
    private const string RegionGotland = "Region Gotland";

    private static readonly int[] PlanYears = [2026, 2027];

    private static readonly string[] CostGroupSums =
        ["Summa kansli", "Summa insatser för individer", "Summa strukturövergripande insatser", "Medel för nya insatser", "Summa styrelse och revision"];

    private static readonly SourceDocument Plan = SourceDocument.Load("gotland-verksamhetsplan-budget-2026-2027.txt");
    private static readonly TextTable Contributions = Plan.Table("Medlemsbidrag 2026–2027 (tkr)");
    private static readonly TextTable Efforts = Plan.Table("Beviljade insatser 2026–2027 (tkr)");
    private static readonly TextTable Budget = Plan.Table("Budget 2026 med plan för 2027 (tkr)");
    private static readonly TextTable Result = Plan.Table("Resultatbudget 2026–2027 (tkr)");
    private static readonly TextTable Balance = Plan.Table("Balansbudget 2026–2027 (tkr)");

    private static decimal Total(int year) => Contributions.Amount("Summa medlemsbidrag", Contributions.ColumnOf(year));

    [Theory]
    [InlineData(2026)]
    [InlineData(2027)]
    public void The_state_pays_half_and_Region_Gotland_the_other_half(int year)
    {
        var column = Contributions.ColumnOf(year);
        Assert.Equal(Total(year) / 2, Contributions.Amount(State, column));
        Assert.Equal(Total(year) / 2, Contributions.Amount(RegionGotland, column));
        Assert.Equal(Total(year), Contributions.Sum([State, RegionGotland], column));
    }

    [Theory]
    [InlineData(2026)]
    [InlineData(2027)]
    public void Region_Gotland_pays_the_regions_quarter_and_the_municipalities_quarter(int year)
    {
        var column = Contributions.ColumnOf(year);
        Assert.Equal(Total(year) / 4, Contributions.Amount("varav regionens fjärdedel", column));
        Assert.Equal(Total(year) / 4, Contributions.Amount("varav kommunens fjärdedel", column));
        Assert.Equal(
            Contributions.Amount(RegionGotland, column),
            Contributions.Sum(["varav regionens fjärdedel", "varav kommunens fjärdedel"], column));
    }

    [Theory]
    [InlineData(2026)]
    [InlineData(2027)]
    public void The_budgets_income_is_the_contributions_per_member_and_the_interest(int year)
    {
        var column = Budget.ColumnOf(year);
        Assert.Equal(Contributions.Amount(State, Contributions.ColumnOf(year)), Budget.Amount(State, column));
        Assert.Equal(Contributions.Amount(RegionGotland, Contributions.ColumnOf(year)), Budget.Amount(RegionGotland, column));
        Assert.Equal(Total(year), Budget.Amount("Summa medlemsbidrag", column));
        Assert.Equal(Budget.Amount("Summa medlemsbidrag", column), Budget.Sum([State, RegionGotland], column));
        Assert.Equal(Budget.Amount("Summa intäkter", column), Budget.Sum(["Summa medlemsbidrag", "Ränteintäkter"], column));
    }

    [Theory]
    [InlineData(2026, "Kansli", "Summa kansli")]
    [InlineData(2027, "Kansli", "Summa kansli")]
    [InlineData(2026, "Insatser för individer", "Summa insatser för individer")]
    [InlineData(2027, "Insatser för individer", "Summa insatser för individer")]
    [InlineData(2026, "Strukturövergripande insatser", "Summa strukturövergripande insatser")]
    [InlineData(2027, "Strukturövergripande insatser", "Summa strukturövergripande insatser")]
    [InlineData(2026, "Styrelse och revision", "Summa styrelse och revision")]
    [InlineData(2027, "Styrelse och revision", "Summa styrelse och revision")]
    public void Each_cost_group_is_the_sum_of_its_lines(int year, string group, string sum)
    {
        var column = Budget.ColumnOf(year);
        Assert.NotEmpty(Budget.LabelsBetween(group, sum));
        Assert.Equal(Budget.Amount(sum, column), Budget.Sum(Budget.LabelsBetween(group, sum), column));
    }

    [Fact]
    public void The_cost_groups_stand_in_the_federations_own_order()
    {
        Assert.Equal(CostGroupSums, Budget.Labels.Where(CostGroupSums.Contains));
    }

    [Theory]
    [InlineData(2026)]
    [InlineData(2027)]
    public void The_total_costs_are_the_groups_and_costs_are_printed_as_positive_numbers(int year)
    {
        var column = Budget.ColumnOf(year);
        Assert.Equal(Budget.Amount("Summa kostnader", column), Budget.Sum(CostGroupSums, column));
        Assert.All(Budget.LabelsBetween("Kostnader", "Summa kostnader"), label => Assert.True(Budget.Amount(label, column) >= 0, label));
    }

    [Theory]
    [InlineData(2026)]
    [InlineData(2027)]
    public void The_result_is_income_less_costs(int year)
    {
        var column = Budget.ColumnOf(year);
        Assert.Equal(
            Budget.Amount("Årets resultat", column),
            Budget.Amount("Summa intäkter", column) - Budget.Amount("Summa kostnader", column));
    }

    [Theory]
    [InlineData(2026, "Individinriktad", "Insatser för individer", "Summa insatser för individer")]
    [InlineData(2027, "Individinriktad", "Insatser för individer", "Summa insatser för individer")]
    [InlineData(2026, "Strukturinriktad", "Strukturövergripande insatser", "Summa strukturövergripande insatser")]
    [InlineData(2027, "Strukturinriktad", "Strukturövergripande insatser", "Summa strukturövergripande insatser")]
    public void Each_effort_group_is_the_granted_efforts_of_its_kind(int year, string kind, string group, string sum)
    {
        var (effortColumn, budgetColumn) = (Efforts.ColumnOf(year), Budget.ColumnOf(year));
        var ofTheKind = Efforts.Labels.Where(label => Efforts.Cell(label, "Inriktning") == kind).ToList();
        Assert.Equal(ofTheKind, Budget.LabelsBetween(group, sum));
        Assert.All(ofTheKind, effort => Assert.Equal(Efforts.Amount(effort, effortColumn), Budget.Amount(effort, budgetColumn)));
        Assert.Equal(
            Efforts.Amount("Summa beviljade insatser", effortColumn),
            Efforts.Sum(Efforts.Labels.Where(label => label != "Summa beviljade insatser"), effortColumn));
    }

    [Theory]
    [InlineData(2026)]
    [InlineData(2027)]
    public void The_result_budgets_rows_add_up(int year)
    {
        var column = Result.ColumnOf(year);
        var net = Result.Amount("Verksamhetens nettokostnader", column);
        Assert.Equal(net, Result.Sum(["Verksamhetens intäkter", "Verksamhetens kostnader", "Avskrivningar"], column));
        Assert.Equal(
            Result.Amount("Årets resultat", column),
            net + Result.Amount("Finansiella intäkter", column) + Result.Amount("Finansiella kostnader", column));
    }

    [Theory]
    [InlineData(2026)]
    [InlineData(2027)]
    public void The_result_budget_is_the_budget_with_costs_negative_and_interest_as_financial_income(int year)
    {
        var (column, budgetColumn) = (Result.ColumnOf(year), Budget.ColumnOf(year));
        Assert.Equal(Budget.Amount("Summa medlemsbidrag", budgetColumn), Result.Amount("Verksamhetens intäkter", column));
        Assert.Equal(-Budget.Amount("Summa kostnader", budgetColumn), Result.Amount("Verksamhetens kostnader", column));
        Assert.Equal(Budget.Amount("Ränteintäkter", budgetColumn), Result.Amount("Finansiella intäkter", column));
        Assert.Equal(Budget.Amount("Årets resultat", budgetColumn), Result.Amount("Årets resultat", column));
    }

    [Theory]
    [InlineData(2026)]
    [InlineData(2027)]
    public void The_balance_budget_balances_and_its_equity_rolls_with_the_result(int year)
    {
        var column = Balance.ColumnOf(year);
        var assets = Balance.Amount("Summa tillgångar", column);
        var equity = Balance.Amount("Summa eget kapital", column);
        Assert.Equal(assets, Balance.Sum(["Anläggningstillgångar", "Omsättningstillgångar"], column));
        Assert.Equal(equity, Balance.Sum(["Balanserat eget kapital", "Årets resultat"], column));
        Assert.Equal(Budget.Amount("Årets resultat", Budget.ColumnOf(year)), Balance.Amount("Årets resultat", column));
        Assert.Equal(Balance.Amount("Summa skulder", column), Balance.Amount("Kortfristiga skulder", column));
        var equityAndLiabilities = Balance.Amount("Summa eget kapital, avsättningar och skulder", column);
        Assert.Equal(equityAndLiabilities, equity + Balance.Sum(["Avsättningar", "Summa skulder"], column));
        Assert.Equal(assets, equityAndLiabilities);
    }

    [Fact]
    public void The_plan_years_opening_equity_is_the_budget_years_closing_equity()
    {
        Assert.Equal(
            Balance.Amount("Summa eget kapital", Balance.ColumnOf(2026)),
            Balance.Amount("Balanserat eget kapital", Balance.ColumnOf(2027)));
    }

    [Fact]
    public void The_economy_text_names_the_tables_figures()
    {
        Assert.Equal(
            [.. PlanYears.Select(year => Contributions.Amount(State, Contributions.ColumnOf(year)))],
            Plan.Figures("besked om medelstilldelning är {0} tkr för 2026. För 2027 räknar förbundet med {1} tkr."));
        Assert.Equal([.. PlanYears.Select(Total)], Plan.Figures("Medlemsbidragen blir därmed {0} tkr 2026 och {1} tkr 2027."));
        Assert.Equal(
            [Balance.Amount("Balanserat eget kapital", Balance.ColumnOf(2026))],
            Plan.Figures("Eget kapital beräknas vid utgången av 2025 till {0} tkr."));
        Assert.Equal(
            [.. PlanYears.Select(year => -Budget.Amount("Årets resultat", Budget.ColumnOf(year)))],
            Plan.Figures("Budgeten för 2026 visar ett underskott på {0} tkr och planen för 2027 ett underskott på {1} tkr."));
        Assert.Equal(
            [.. PlanYears.Select(year => Balance.Amount("Summa eget kapital", Balance.ColumnOf(year)))],
            Plan.Figures("Eget kapital beräknas därmed till {0} tkr vid utgången av 2026 och till {1} tkr vid utgången av 2027"));
        Assert.Equal(
            [.. PlanYears.Select(year => Budget.Amount("Medel för nya insatser", Budget.ColumnOf(year)))],
            Plan.Figures("Förbundet avsätter {0} tkr 2026 och {1} tkr 2027 för insatser som ännu inte är beslutade."));
    }

    [Fact]
    public void The_equity_goal_holds_in_the_year_it_names()
    {
        var goal = Plan.Figures("Eget kapital ska vid utgången av {0} vara mellan {1} och {2} tkr.");
        var year = (int)goal[0];
        Assert.Contains(year, PlanYears);
        Assert.InRange(Balance.Amount("Summa eget kapital", Balance.ColumnOf(year)), goal[1], goal[2]);
    }

    [Fact]
    public void The_yearly_share_goals_hold_with_the_shares_the_text_states()
    {
        decimal Individual(int year) => Percent(year, Budget.Amount("Summa insatser för individer", Budget.ColumnOf(year)));
        decimal Operating(int year) =>
            Percent(year, Budget.Sum(["Summa kansli", "Summa styrelse och revision"], Budget.ColumnOf(year)));

        var least = Plan.Figures("Minst {0} procent av varje års medlemsbidrag ska gå till insatser för individer.")[0];
        var most = Plan.Figures("får tillsammans uppgå till högst {0} procent av varje års medlemsbidrag.")[0];
        Assert.All(PlanYears, year => Assert.True(Individual(year) >= least, $"{year}: {Individual(year)} %"));
        Assert.All(PlanYears, year => Assert.True(Operating(year) <= most, $"{year}: {Operating(year)} %"));

        Assert.Equal(
            [.. PlanYears.Select(Individual)],
            Plan.Figures("Insatser för individer motsvarar {0} procent av medlemsbidragen 2026 och {1} procent 2027."));
        Assert.Equal(
            [.. PlanYears.Select(Operating)],
            Plan.Figures("Kansli samt styrelse och revision motsvarar {0} procent av medlemsbidragen 2026 och {1} procent 2027."));
    }

    // A share of a year's contributions as the text prints it: percent with one decimal.
    private static decimal Percent(int year, decimal amount) =>
        Math.Round(amount * 100 / Total(year), 1, MidpointRounding.AwayFromZero);
}
