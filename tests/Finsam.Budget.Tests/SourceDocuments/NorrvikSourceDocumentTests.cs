using Finsam.SourceDocuments;

namespace Finsam.Budget.Tests.SourceDocuments;

// docs/federations/norrvik-verksamhetsplan-budget-2026.txt checks its own sums, without the budget
// engine: a one-year plan in kronor, members' contributions on one income row, costs printed as
// negative numbers, granted efforts and unallocated money in one group, a subtotal over the effort
// costs, the federation's administration last, and a budget room table.
public sealed class NorrvikSourceDocumentTests
{
    private const string Budget2026 = "Budget 2026";
    private const string Contribution = "Medlemsbidrag 2026";
    private const string Inhabitants = "Invånare 31 december 2024";

    private static readonly string[] Municipalities = ["Norrviks kommun", "Bergsjöå kommun", "Lillfors kommun"];

    private static readonly SourceDocument Plan = SourceDocument.Load("norrvik-verksamhetsplan-budget-2026.txt");
    private static readonly TextTable Contributions = Plan.Table("Medlemsbidrag 2026");
    private static readonly TextTable Efforts = Plan.Table("Insatser 2026");
    private static readonly TextTable Budget = Plan.Table("Budget 2026");
    private static readonly TextTable Room = Plan.Table("Budgetutrymme 2026");
    private static readonly TextTable Result = Plan.Table("Resultatbudget 2026");
    private static readonly TextTable Balance = Plan.Table("Balansbudget 2026");

    private static decimal Total => Contributions.Amount("Summa medlemsbidrag", Contribution);

    [Fact]
    public void The_state_pays_half_the_region_a_quarter_and_the_municipalities_together_a_quarter()
    {
        Assert.Equal(Total / 2, Contributions.Amount("Försäkringskassan/Arbetsförmedlingen", Contribution));
        Assert.Equal(Total / 4, Contributions.Amount("Region Mellannorr", Contribution));
        Assert.Equal(Total / 4, Contributions.Amount("Summa kommunerna", Contribution));
    }

    [Fact]
    public void The_members_rows_add_up_to_the_municipalities_sum_and_to_the_total()
    {
        Assert.Equal(Contributions.Amount("Summa kommunerna", Contribution), Contributions.Sum(Municipalities, Contribution));
        Assert.Equal(
            Total,
            Contributions.Sum(["Försäkringskassan/Arbetsförmedlingen", "Region Mellannorr", .. Municipalities], Contribution));
    }

    [Fact]
    public void The_municipal_quarter_is_split_by_population_at_the_price_per_inhabitant_the_text_gives()
    {
        var inhabitants = Contributions.Amount("Summa kommunerna", Inhabitants);
        var quarter = Contributions.Amount("Summa kommunerna", Contribution);
        Assert.Equal(inhabitants, Contributions.Sum(Municipalities, Inhabitants));
        Assert.All(Municipalities, municipality =>
            Assert.Equal(quarter * Contributions.Amount(municipality, Inhabitants) / inhabitants, Contributions.Amount(municipality, Contribution)));
        Assert.Equal([quarter / inhabitants], Plan.Figures("Fördelningen går jämnt ut 2026, med {0} kronor per invånare."));
    }

    [Fact]
    public void The_budgets_one_contributions_row_is_the_members_total_and_the_income_rows_add_up()
    {
        Assert.Equal(Total, Budget.Amount("Medlemsbidrag", Budget2026));
        Assert.Equal(["Medlemsbidrag", "Projektbidrag", "Ränteintäkter"], Budget.LabelsBetween("Intäkter", "Summa intäkter"));
        Assert.Equal(Budget.Amount("Summa intäkter", Budget2026), Budget.Sum(Budget.LabelsBetween("Intäkter", "Summa intäkter"), Budget2026));
    }

    [Fact]
    public void Costs_are_printed_as_negative_numbers_and_income_as_positive()
    {
        Assert.All(Budget.LabelsBetween("Intäkter", "Kostnader"), label => Assert.True(Budget.Amount(label, Budget2026) > 0, label));
        Assert.All(Budget.LabelsBetween("Kostnader", "Budgeterat resultat"), label => Assert.True(Budget.Amount(label, Budget2026) <= 0, label));
        Assert.True(Budget.Amount("Summa kostnader", Budget2026) < 0);
    }

    [Theory]
    [InlineData("Insatser", "Summa insatser")]
    [InlineData("Gemensamma aktiviteter", "Summa gemensamma aktiviteter")]
    [InlineData("Förbundets administration", "Summa förbundets administration")]
    public void Each_cost_group_is_the_sum_of_its_lines(string group, string sum)
    {
        Assert.NotEmpty(Budget.LabelsBetween(group, sum));
        Assert.Equal(Budget.Amount(sum, Budget2026), Budget.Sum(Budget.LabelsBetween(group, sum), Budget2026));
    }

    [Fact]
    public void The_effort_costs_subtotal_is_the_two_effort_groups_and_the_administration_comes_last()
    {
        Assert.Equal(
            Budget.Amount("Summa insatskostnader", Budget2026),
            Budget.Sum(["Summa insatser", "Summa gemensamma aktiviteter"], Budget2026));
        Assert.Equal(["Summa förbundets administration", "Summa kostnader"], Budget.Labels.SkipWhile(label => label != "Summa förbundets administration").Take(2));
        Assert.Equal("Förbundets administration", Budget.LabelsBetween("Summa insatskostnader", "Summa förbundets administration")[0]);
    }

    [Fact]
    public void The_total_costs_are_the_effort_costs_and_the_administration()
    {
        Assert.Equal(
            Budget.Amount("Summa kostnader", Budget2026),
            Budget.Sum(["Summa insatskostnader", "Summa förbundets administration"], Budget2026));
    }

    [Fact]
    public void The_result_is_income_less_costs()
    {
        // Costs are printed negative: income plus the printed costs.
        Assert.Equal(
            Budget.Amount("Budgeterat resultat", Budget2026),
            Budget.Amount("Summa intäkter", Budget2026) + Budget.Amount("Summa kostnader", Budget2026));
    }

    [Fact]
    public void The_effort_group_is_the_granted_efforts_and_the_unallocated_money()
    {
        var granted = Efforts.Labels.Where(label => label != "Summa beviljade insatser").ToList();
        Assert.Equal([.. granted, "Ej fördelade medel"], Budget.LabelsBetween("Insatser", "Summa insatser"));
        Assert.All(granted, effort => Assert.Equal(-Efforts.Amount(effort, "Beviljat 2026"), Budget.Amount(effort, Budget2026)));
        Assert.Equal(Efforts.Amount("Summa beviljade insatser", "Beviljat 2026"), Efforts.Sum(granted, "Beviljat 2026"));
        Assert.Equal(
            Budget.Amount("Summa insatser", Budget2026),
            -Efforts.Amount("Summa beviljade insatser", "Beviljat 2026") + Budget.Amount("Ej fördelade medel", Budget2026));
        Assert.Equal([-Budget.Amount("Ej fördelade medel", Budget2026)], Plan.Figures("avsätts {0} kr som ej fördelade medel"));
    }

    [Fact]
    public void The_result_budgets_rows_add_up()
    {
        var net = Result.Amount("Verksamhetens nettokostnader", Budget2026);
        Assert.Equal(net, Result.Sum(["Verksamhetens intäkter", "Verksamhetens kostnader", "Avskrivningar"], Budget2026));
        Assert.Equal(
            Result.Amount("Årets resultat", Budget2026),
            net + Result.Amount("Finansiella intäkter", Budget2026) + Result.Amount("Finansiella kostnader", Budget2026));
    }

    [Fact]
    public void The_result_budget_is_the_budget_with_interest_as_financial_income()
    {
        var interest = Budget.Amount("Ränteintäkter", Budget2026);
        Assert.Equal(Budget.Amount("Summa intäkter", Budget2026) - interest, Result.Amount("Verksamhetens intäkter", Budget2026));
        Assert.Equal(Budget.Amount("Summa kostnader", Budget2026), Result.Amount("Verksamhetens kostnader", Budget2026));
        Assert.Equal(interest, Result.Amount("Finansiella intäkter", Budget2026));
        Assert.Equal(Budget.Amount("Budgeterat resultat", Budget2026), Result.Amount("Årets resultat", Budget2026));
    }

    [Fact]
    public void The_balance_budget_balances_and_its_equity_rolls_with_the_result()
    {
        var assets = Balance.Amount("Summa tillgångar", Budget2026);
        var equity = Balance.Amount("Summa eget kapital", Budget2026);
        Assert.Equal(assets, Balance.Sum(["Anläggningstillgångar", "Omsättningstillgångar"], Budget2026));
        Assert.Equal(equity, Balance.Sum(["Balanserat eget kapital", "Årets resultat"], Budget2026));
        Assert.Equal(Budget.Amount("Budgeterat resultat", Budget2026), Balance.Amount("Årets resultat", Budget2026));
        Assert.Equal(Balance.Amount("Summa skulder", Budget2026), Balance.Amount("Kortfristiga skulder", Budget2026));
        var equityAndLiabilities = Balance.Amount("Summa eget kapital, avsättningar och skulder", Budget2026);
        Assert.Equal(equityAndLiabilities, equity + Balance.Sum(["Avsättningar", "Summa skulder"], Budget2026));
        Assert.Equal(assets, equityAndLiabilities);
    }

    [Fact]
    public void The_budget_room_adds_up_from_the_opening_surplus_to_the_closing_surplus()
    {
        var parts = Room.LabelsBetween("Ingående överskott (eget kapital 1 januari 2026)", "Utgående överskott (eget kapital 31 december 2026)");
        Assert.Equal(["Medlemsbidrag", "Övriga intäkter", "Insatser", "Gemensamma aktiviteter", "Förbundets administration"], parts);
        Assert.Equal(
            Room.Amount("Utgående överskott (eget kapital 31 december 2026)", Budget2026),
            Room.Amount("Ingående överskott (eget kapital 1 januari 2026)", Budget2026) + Room.Sum(parts, Budget2026));
    }

    [Fact]
    public void The_budget_rooms_parts_are_the_budgets_and_its_surpluses_the_equity()
    {
        Assert.Equal(Budget.Amount("Medlemsbidrag", Budget2026), Room.Amount("Medlemsbidrag", Budget2026));
        Assert.Equal(Budget.Sum(["Projektbidrag", "Ränteintäkter"], Budget2026), Room.Amount("Övriga intäkter", Budget2026));
        Assert.Equal(Budget.Amount("Summa insatser", Budget2026), Room.Amount("Insatser", Budget2026));
        Assert.Equal(Budget.Amount("Summa gemensamma aktiviteter", Budget2026), Room.Amount("Gemensamma aktiviteter", Budget2026));
        Assert.Equal(Budget.Amount("Summa förbundets administration", Budget2026), Room.Amount("Förbundets administration", Budget2026));
        Assert.Equal(Balance.Amount("Balanserat eget kapital", Budget2026), Room.Amount("Ingående överskott (eget kapital 1 januari 2026)", Budget2026));
        Assert.Equal(Balance.Amount("Summa eget kapital", Budget2026), Room.Amount("Utgående överskott (eget kapital 31 december 2026)", Budget2026));
    }

    [Fact]
    public void The_economy_text_names_the_tables_figures()
    {
        Assert.Equal(
            [Contributions.Amount("Försäkringskassan/Arbetsförmedlingen", Contribution)],
            Plan.Figures("tilldelat förbundet {0} kr för statens räkning"));
        Assert.Equal([Total], Plan.Figures("vilket ger medlemsbidrag på sammanlagt {0} kr"));
        Assert.Equal([Budget.Amount("Projektbidrag", Budget2026)], Plan.Figures("projektbidrag från Länsstyrelsen på {0} kr"));
        Assert.Equal([Budget.Amount("Ränteintäkter", Budget2026)], Plan.Figures("ränteintäkter på {0} kr"));
        Assert.Equal(
            [-Budget.Amount("Summa kostnader", Budget2026), -Budget.Amount("Summa insatskostnader", Budget2026), -Budget.Amount("Summa förbundets administration", Budget2026)],
            Plan.Figures("Kostnaderna budgeteras till {0} kr, varav insatskostnader {1} kr och förbundets egen administration {2} kr."));
        Assert.Equal([-Budget.Amount("Budgeterat resultat", Budget2026)], Plan.Figures("Årets resultat budgeteras till ett underskott på {0} kr."));
        Assert.Equal(
            [Balance.Amount("Balanserat eget kapital", Budget2026), Balance.Amount("Summa eget kapital", Budget2026)],
            Plan.Figures("Eget kapital beräknas vid utgången av 2025 till {0} kr och minskar därmed till {1} kr vid utgången av 2026"));
    }

    [Fact]
    public void The_financial_goals_hold_with_the_shares_the_text_states()
    {
        var equity = Balance.Amount("Summa eget kapital", Budget2026);
        var individual = Efforts.Sum(
            Efforts.Labels.Where(label => Efforts.Cell(label, "Inriktning") == "Individinriktad"), "Beviljat 2026");
        var administration = -Budget.Amount("Summa förbundets administration", Budget2026);

        var band = Plan.Figures("Eget kapital ska vid årets utgång vara mellan {0} och {1} procent av årets medlemsbidrag.");
        Assert.InRange(Percent(equity), band[0], band[1]);
        Assert.True(Percent(individual) >= Plan.Figures("Minst {0} procent av årets medlemsbidrag ska gå till individinriktade insatser.")[0]);
        Assert.True(Percent(administration) <= Plan.Figures("Förbundets administration får uppgå till högst {0} procent av årets medlemsbidrag.")[0]);

        Assert.Equal(Percent(equity), Plan.Figures("vid utgången av 2026, vilket motsvarar {0} procent av årets medlemsbidrag.")[0]);
        Assert.Equal(
            [individual, Percent(individual), Percent(administration)],
            Plan.Figures("Individinriktade insatser budgeteras till {0} kr, eller {1} procent av medlemsbidragen, och administrationen motsvarar {2} procent."));
    }

    // A share of the year's contributions as the text prints it: percent with one decimal.
    private static decimal Percent(decimal amount) => Math.Round(amount * 100 / Total, 1, MidpointRounding.AwayFromZero);
}
