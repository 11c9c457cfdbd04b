using Finsam.SourceDocuments;

namespace Finsam.Budget.Tests.SourceDocuments;

// docs/federations/norrvik-arsredovisning-2026.txt checks its own sums, without any engine: the
// result statement and the equity add up, each difference is actual less budget, the budget
// column is the adopted plan's (norrvik-verksamhetsplan-budget-2026.txt), the participants'
// breakdowns add up to their totals and the efforts' figures to the federation's, and what the
// prose says is what the tables say.
public sealed class NorrvikAnnualReportSourceTests
{
    private const string Actual = "Utfall 2026";
    private const string Budget = "Budget 2026";
    private const string Difference = "Avvikelse";
    private const string Count = "Antal 2026";

    private static readonly SourceDocument Report = SourceDocument.Load("norrvik-arsredovisning-2026.txt");
    private static readonly TextTable Result = Report.Table("Resultaträkning 2026");
    private static readonly TextTable Equity = Report.Table("Eget kapital 2026");
    private static readonly TextTable Balance = Report.Table("Balansräkning 2026");
    private static readonly TextTable Efforts = Report.Table("Insatsernas kostnader 2026");
    private static readonly TextTable Participants = Report.Table("Deltagare 2026");
    private static readonly TextTable PerEffort = Report.Table("Deltagare per insats 2026");

    private static readonly SourceDocument Plan = SourceDocument.Load("norrvik-verksamhetsplan-budget-2026.txt");

    private static readonly string[] IncomeRows = ["Medlemsbidrag", "Övriga intäkter"];
    private static readonly string[] CostRows = ["Insatser", "Gemensamma aktiviteter", "Förbundets administration"];
    private static readonly string[] EffortRows = ["Steget vidare", "Arbetslivsteamet", "Hälsoskolan", "Samverkansutbildning för handläggare"];

    [Theory]
    [InlineData(Actual)]
    [InlineData(Budget)]
    public void The_result_statement_adds_up_to_the_years_result(string column)
    {
        Assert.Equal(Result.Amount("Summa intäkter", column), Result.Sum(IncomeRows, column));
        Assert.Equal(Result.Amount("Summa kostnader", column), Result.Sum(CostRows, column));
        Assert.Equal(Result.Amount("Årets resultat", column), Result.Amount("Summa intäkter", column) + Result.Amount("Summa kostnader", column));
    }

    [Fact]
    public void Every_difference_is_the_actual_less_the_budget_as_printed()
    {
        foreach (var (label, _) in Result.Rows.Where(row => row.Cells.Any(cell => cell.Length > 0)))
        {
            Assert.Equal(Result.Amount(label, Actual) - Result.Amount(label, Budget), Result.Amount(label, Difference));
        }
        foreach (var label in Efforts.Labels)
        {
            Assert.Equal(Efforts.Amount(label, "Kostnad 2026") - Efforts.Amount(label, Budget), Efforts.Amount(label, Difference));
        }
    }

    [Fact]
    public void The_budget_column_is_the_adopted_plans_budget()
    {
        var plan = Plan.Table("Budget 2026");

        Assert.Equal(plan.Amount("Medlemsbidrag", Budget), Result.Amount("Medlemsbidrag", Budget));
        Assert.Equal(plan.Amount("Summa intäkter", Budget) - plan.Amount("Medlemsbidrag", Budget), Result.Amount("Övriga intäkter", Budget));
        Assert.Equal(plan.Amount("Summa insatser", Budget), Result.Amount("Insatser", Budget));
        Assert.Equal(plan.Amount("Summa gemensamma aktiviteter", Budget), Result.Amount("Gemensamma aktiviteter", Budget));
        Assert.Equal(plan.Amount("Summa förbundets administration", Budget), Result.Amount("Förbundets administration", Budget));
        Assert.Equal(plan.Amount("Budgeterat resultat", Budget), Result.Amount("Årets resultat", Budget));
        var granted = Plan.Table("Insatser 2026");
        foreach (var effort in EffortRows)
        {
            Assert.Equal(granted.Amount(effort, "Beviljat 2026"), Efforts.Amount(effort, Budget));
        }
    }

    [Theory]
    [InlineData(Actual)]
    [InlineData(Budget)]
    public void The_equity_closes_at_the_opening_plus_the_result_of_the_result_statement(string column)
    {
        Assert.Equal(Result.Amount("Årets resultat", column), Equity.Amount("Årets resultat", column));
        Assert.Equal(Equity.Amount("Ingående eget kapital", column) + Equity.Amount("Årets resultat", column), Equity.Amount("Utgående eget kapital", column));
    }

    [Theory]
    [InlineData(Actual)]
    [InlineData(Budget)]
    public void The_balance_sheet_balances_and_its_equity_is_the_equity_tables(string column)
    {
        Assert.Equal(Balance.Amount("Summa tillgångar", column), Balance.Sum(["Anläggningstillgångar", "Omsättningstillgångar"], column));
        Assert.Equal(Balance.Amount("Summa eget kapital", column), Balance.Sum(["Balanserat eget kapital", "Årets resultat"], column));
        Assert.Equal(Balance.Amount("Summa skulder", column), Balance.Sum(["Långfristiga skulder", "Kortfristiga skulder"], column));
        Assert.Equal(Balance.Amount("Summa eget kapital, avsättningar och skulder", column), Balance.Sum(["Summa eget kapital", "Avsättningar", "Summa skulder"], column));
        Assert.Equal(Balance.Amount("Summa tillgångar", column), Balance.Amount("Summa eget kapital, avsättningar och skulder", column));
        Assert.Equal(Result.Amount("Årets resultat", column), Balance.Amount("Årets resultat", column));
        Assert.Equal(Equity.Amount("Utgående eget kapital", column), Balance.Amount("Summa eget kapital", column));
    }

    [Fact]
    public void The_balance_sheets_budget_column_is_the_plans_balance_budget()
    {
        // The plan leaves out a row that is nought (it has no long-term liabilities).
        var plan = Plan.Table("Balansbudget 2026");
        foreach (var label in Balance.Labels)
        {
            Assert.Equal(plan.Labels.Contains(label) ? plan.Amount(label, Budget) : 0, Balance.Amount(label, Budget));
        }
    }

    [Fact]
    public void The_opening_equity_is_the_plans_estimate_as_no_earlier_year_was_closed()
    {
        Assert.Equal(Plan.Table("Budgetutrymme 2026").Amount("Ingående överskott (eget kapital 1 januari 2026)", Budget), Equity.Amount("Ingående eget kapital", Actual));
    }

    [Fact]
    public void The_efforts_add_up_and_cost_no_more_than_the_group_that_pays_them()
    {
        Assert.Equal(Efforts.Amount("Summa insatser", "Kostnad 2026"), Efforts.Sum(EffortRows, "Kostnad 2026"));
        Assert.Equal(Efforts.Amount("Summa insatser", Budget), Efforts.Sum(EffortRows, Budget));
        Assert.True(Efforts.Amount("Summa insatser", "Kostnad 2026") <= -Result.Amount("Insatser", Actual));
    }

    [Fact]
    public void Each_breakdown_of_the_participants_adds_up_to_its_total_and_the_efforts_to_the_federations()
    {
        var started = Participants.Amount("Påbörjade", Count);
        var ended = Participants.Amount("Avslutade", Count);

        Assert.Equal(started, Participants.Sum(["Kvinnor", "Män"], Count));
        Assert.Equal(started, Participants.Sum(["16–29 år", "30–49 år", "50–64 år"], Count));
        Assert.Equal(started, Participants.Sum(["Sjukpenning eller sjukersättning", "Aktivitetsstöd", "Försörjningsstöd", "Ingen ersättning", "Annan försörjning"], Count));
        Assert.Equal(ended, Participants.Sum(["Arbete", "Studier", "Arbetssökande", "Annat"], Count));
        foreach (var label in PerEffort.Labels)
        {
            Assert.Equal(Participants.Amount(label, Count), PerEffort.Columns.Sum(effort => PerEffort.Amount(label, effort)));
        }
    }

    [Fact]
    public void Each_efforts_participants_are_the_appendixs_counts_for_it()
    {
        foreach (var effort in PerEffort.Columns)
        {
            Assert.Equal(PerEffort.Amount("Påbörjade", effort), Efforts.Amount(effort, "Påbörjade"));
            Assert.Equal(PerEffort.Amount("Avslutade", effort), Efforts.Amount(effort, "Avslutade"));
        }
    }

    [Fact]
    public void The_prose_says_what_the_tables_say()
    {
        Assert.Equal([Result.Amount("Årets resultat", Actual), Result.Amount("Årets resultat", Budget)],
            Report.Figures("ett resultat på {0} kr för 2026, mot ett budgeterat resultat på {1} kr"));
        Assert.Equal([Participants.Amount("Påbörjade", Count), Participants.Amount("Avslutade", Count)],
            Report.Figures("påbörjade {0} personer en insats och {1} avslutade"));
        Assert.Equal([Participants.Amount("Arbete", Count), Participants.Amount("Studier", Count)],
            Report.Figures("gick {0} till arbete och {1} till studier"));
    }
}
