using Finsam.Contracts.Documents.V1;
using Finsam.Documents.Composition;
using Finsam.Documents.Tests.Functional;
using DocumentTable = Finsam.Documents.Composition.Table;

namespace Finsam.Documents.Tests;

// The annual report's tables place the services' figures; the only sums made here are of the
// rows printed, and the books' result stands where it differs from the budget's rows.
public sealed class AnnualReportTablesTests
{
    [Fact]
    public void The_result_statement_ends_in_the_books_result_with_what_lies_outside_the_budgets_rows_on_a_row_of_its_own()
    {
        var rows = Rows(Table(Inputs(closed: true), TableKind.ResultStatement));

        Assert.Equal(("Övriga poster (utanför budgetens rader)", "-1 | 0 | -1"), rows[^2]);
        Assert.Equal(("Årets resultat", "-110,7 | -656 | 545,3"), rows[^1]);
    }

    [Fact]
    public void Before_the_year_is_closed_the_result_is_the_mapped_rows_and_the_equity_has_no_actual_yet()
    {
        var inputs = Inputs(closed: false);

        var result = Rows(Table(inputs, TableKind.ResultStatement));
        var equity = Rows(Table(inputs, TableKind.Equity));

        Assert.DoesNotContain(result, r => r.Label.StartsWith("Övriga poster", StringComparison.Ordinal));
        Assert.Equal(("Årets resultat", "-109,7 | -656 | 546,3"), result[^1]);
        Assert.Equal(("Ingående eget kapital", "– | 1 233"), equity[0]);
        Assert.Equal(("Utgående eget kapital", "– | 577"), equity[^1]);
    }

    [Fact]
    public void The_balance_sheets_equity_holds_the_years_result_whether_or_not_the_books_moved_it_there()
    {
        var unbooked = Inputs(closed: true);
        var booked = Inputs(closed: true);
        // The closing entry books the result against equity (8999 to 2099).
        booked.Balances.Add(new Contracts.Budget.V1.AccountBalance { Account = "2099", ClosingOre = -MadeUpAnnualReport.BookedResultOre });

        Assert.Equal(Rows(Table(unbooked, TableKind.BalanceSheet)), Rows(Table(booked, TableKind.BalanceSheet)));
        Assert.Contains(("Balanserat eget kapital", "1 233 | 1 233"), Rows(Table(unbooked, TableKind.BalanceSheet)));
    }

    [Fact]
    public void Books_without_opening_balances_give_the_balance_sheet_no_actual_figures()
    {
        var inputs = Inputs(closed: true);
        inputs.HasOpeningBalances = false;

        Assert.All(Rows(Table(inputs, TableKind.BalanceSheet)), row => Assert.StartsWith("– |", row.Cells));
    }

    [Fact]
    public void Costs_are_printed_negative_where_the_budget_prints_them_so_and_the_differences_follow_the_printed_figures()
    {
        var inputs = Inputs(closed: true);
        inputs.BudgetReport.CostsAsNegative = true;

        var rows = Rows(Table(inputs, TableKind.ResultStatement));

        Assert.Contains(("Administration", "-7 500 | -8 034 | 534"), rows);
        Assert.Contains(("Summa kostnader", "-7 500 | -8 034 | 534"), rows);
    }

    [Fact]
    public void Without_any_figures_yet_every_table_is_printed_empty_rather_than_failing()
    {
        var inputs = new DocumentInputs { Kind = DocumentKind.AnnualReport, Year = 2022, Template = new(), PlanText = new(), BudgetReport = new() };

        foreach (var kind in Enum.GetValues<TableKind>().Where(AnnualReportTables.Covers))
        {
            Assert.NotEmpty(new AnnualReportTables(inputs).Build(kind));
        }
        Assert.Equal(("Påbörjade", "0"), Rows(Table(inputs, TableKind.Participants))[0]);
    }

    [Fact]
    public void Signatures_are_the_place_and_date_then_a_line_per_signatory_in_order()
    {
        var inputs = Inputs(closed: true);
        inputs.PlanText.Signatories.Add(new Signatory { Name = "Anna Andersson", Role = "Ordförande" });
        inputs.PlanText.Signatories.Add(new Signatory { Name = "Bo Berg", Role = "Ledamot" });

        var blocks = new AnnualReportTables(inputs).Build(TableKind.Signatures).ToList();

        Assert.Equal(new Paragraph("Ort och datum: ______________________"), blocks[0]);
        Assert.Equal(["Anna Andersson", "Bo Berg"], ((DocumentTable)blocks[1]).Rows.Select(r => r.Label));
    }

    private static DocumentInputs Inputs(bool closed)
    {
        var neighbours = new Neighbours();
        MadeUpAnnualReport.Year(neighbours, "sundsvall", closed);
        return new DocumentInputs
        {
            Kind = DocumentKind.AnnualReport,
            Year = 2022,
            Template = StandardAnnualReport.Template("sundsvall"),
            PlanText = new PlanText(),
            BudgetReport = neighbours.Reports["federations/sundsvall/budgets/2022"],
            FollowUp = neighbours.FollowUps["federations/sundsvall/followUps/2022"],
            Closing = neighbours.Actuals["federations/sundsvall/actuals/2022"].Closing,
            HasOpeningBalances = neighbours.Actuals["federations/sundsvall/actuals/2022"].HasOpeningBalances,
            Balances = { neighbours.Actuals["federations/sundsvall/actuals/2022"].Balances },
            Participants = neighbours.Participants[("federations/sundsvall", 2022)],
        };
    }

    private static DocumentTable Table(DocumentInputs inputs, TableKind kind) =>
        new AnnualReportTables(inputs).Build(kind).OfType<DocumentTable>().Single();

    // Cells as read: figures are grouped with no-break spaces.
    private static List<(string Label, string Cells)> Rows(DocumentTable table) =>
        [.. table.Rows.Select(r => (r.Label, string.Join(" | ", r.Cells).Replace('\u00A0', ' ')))];
}
