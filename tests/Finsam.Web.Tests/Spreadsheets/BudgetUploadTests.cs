using Finsam.Contracts.Budget.V1;
using Finsam.Web.Spreadsheets;
using BudgetMessage = Finsam.Contracts.Budget.V1.Budget;

namespace Finsam.Web.Tests.Spreadsheets;

// The budget's lines downloaded as .xlsx, changed as in Excel and read back: what would change,
// and every cell that cannot be taken, named by sheet, row and column.
public sealed class BudgetUploadTests
{
    // Rows as downloaded: 2 and 3 the board's lines, 4 its total for 2028, 5 the administration's line.
    private static BudgetMessage Budget() => new()
    {
        Name = "federations/budgetdalen/budgets/2027",
        FirstYear = 2027,
        PlanYears = 2,
        Etag = "W/\"3\"",
        CostGroups =
        {
            new CostGroupInput
            {
                Key = "board", Label = "Styrelsen", Kind = CostGroupKind.Board,
                Lines =
                {
                    new BudgetLine { Label = "Styrelsearvoden", Year = 2027, AmountOre = 15_000_000 },
                    new BudgetLine { Label = "Ränta", Year = 2027, AmountOre = -120_050, Kind = LineKind.FinancialIncome },
                },
                Totals = { new YearAmount { Year = 2028, AmountOre = 16_000_000 } },
            },
            new CostGroupInput
            {
                Key = "administration", Label = "Förbundets administration", Kind = CostGroupKind.Administration,
                Lines = { new BudgetLine { Label = "Förbundschef", Year = 2027, AmountOre = 61_250_050 } },
            },
            new CostGroupInput { Key = "insatser", Label = "Insatser", Source = CostGroupSource.DecidedAndReserved },
        },
    };

    [Fact]
    public void A_file_downloaded_and_read_back_unchanged_changes_nothing()
    {
        var plan = Upload(Budget(), BudgetSheet.Xlsx(Budget()));

        Assert.Empty(plan.Problems);
        Assert.Empty(plan.Changes);
        Assert.False(plan.Stale);
        var expected = Budget();
        Assert.Equal(expected.CostGroups, plan.Proposed!.CostGroups);
    }

    [Fact]
    public void One_amount_changed_in_one_cell_changes_exactly_that_line()
    {
        var file = Workbooks.WithCell(BudgetSheet.Xlsx(Budget()), "Budget", "E5", 625_000.25m);

        var plan = Upload(Budget(), file);

        Assert.Empty(plan.Problems);
        Assert.Equal([new BudgetChange("Förbundets administration", "Förbundschef", 2027, false, 61_250_050, 62_500_025)], plan.Changes);
        var expected = Budget();
        expected.CostGroups[1].Lines[0].AmountOre = 62_500_025;
        Assert.Equal(expected, plan.Proposed);
        Assert.Equal(Budget().Etag, plan.Proposed!.Etag);
    }

    [Fact]
    public void An_amount_typed_as_text_in_kronor_counts_and_a_group_total_changes_as_a_total()
    {
        var file = Workbooks.WithCell(BudgetSheet.Xlsx(Budget()), "Budget", "E4", "170 000");

        var plan = Upload(Budget(), file);

        Assert.Equal([new BudgetChange("Styrelsen", BudgetSheet.TotalKind, 2028, true, 16_000_000, 17_000_000)], plan.Changes);
    }

    [Fact]
    public void A_new_row_and_an_emptied_row_are_shown_as_a_new_line_and_a_removed_one()
    {
        var file = BudgetSheet.Xlsx(Budget());
        file = Workbooks.WithCell(file, "Budget", "B5", "Revision");
        var plan = Upload(Budget(), file);

        Assert.Equal(
            [
                new BudgetChange("Förbundets administration", "Revision", 2027, false, null, 61_250_050),
                new BudgetChange("Förbundets administration", "Förbundschef", 2027, false, 61_250_050, null),
            ],
            plan.Changes);
    }

    [Fact]
    public void Text_in_an_amount_cell_is_refused_naming_the_cell()
    {
        var file = Workbooks.WithCell(BudgetSheet.Xlsx(Budget()), "Budget", "E3", "abc");

        var plan = Upload(Budget(), file);

        Assert.Null(plan.Proposed);
        Assert.Equal(["Blad Budget, rad 3, kolumn E: ”abc” är inget belopp"], plan.Problems);
    }

    [Fact]
    public void Every_bad_cell_is_named_not_only_the_first()
    {
        var file = BudgetSheet.Xlsx(Budget());
        file = Workbooks.WithCell(file, "Budget", "E2", 100.005m);
        file = Workbooks.WithCell(file, "Budget", "C3", "nästa år");
        file = Workbooks.WithCell(file, "Budget", "D3", "Okänt");
        file = Workbooks.WithCell(file, "Budget", "A5", "Kansliet");
        file = Workbooks.WithCell(file, "Budget", "C4", 2027m);

        var plan = Upload(Budget(), file);

        Assert.Null(plan.Proposed);
        Assert.Equal(
            [
                "Blad Budget, rad 2, kolumn E: ”100,005” har bråkdelar av ett öre",
                "Blad Budget, rad 3, kolumn D: ”Okänt” är inget slag av rad (skriv Verksamhet, Finansiell intäkt, Finansiell kostnad eller Gruppens summa för året)",
                "Blad Budget, rad 3, kolumn C: ”nästa år” är inget år",
            ],
            plan.Problems);

        // Once the cells themselves are right, what they say is checked against the budget.
        file = Workbooks.WithCell(file, "Budget", "E2", 100m);
        file = Workbooks.WithCell(file, "Budget", "C3", 2031m);
        file = Workbooks.WithCell(file, "Budget", "D3", "Verksamhet");
        Assert.Equal(
            [
                "Blad Budget, rad 3, kolumn C: 2031 ingår inte i budgeten (2027–2028)",
                "Blad Budget, rad 4, kolumn C: gruppens summa anges bara för planåren 2028–2028, inte 2027",
                "Blad Budget, rad 5, kolumn A: ”Kansliet” är ingen kostnadsgrupp med egna rader i budgeten",
            ],
            Upload(Budget(), file).Problems);
    }

    [Fact]
    public void A_file_from_an_earlier_version_shows_how_it_differs_from_the_budget_now()
    {
        var file = BudgetSheet.Xlsx(Budget());
        var changedSince = Budget();
        changedSince.Etag = "W/\"4\"";
        changedSince.CostGroups[0].Lines[0].AmountOre = 20_000_000;

        var plan = Upload(changedSince, file);

        Assert.True(plan.Stale);
        Assert.Equal([new BudgetChange("Styrelsen", "Styrelsearvoden", 2027, false, 20_000_000, 15_000_000)], plan.Changes);
        // The file's version goes with it, so the service refuses it even if it were sent.
        Assert.Equal("W/\"3\"", plan.Proposed!.Etag);
    }

    [Fact]
    public void A_file_of_another_budget_or_without_its_version_is_refused()
    {
        var other = Budget();
        other.Name = "federations/budgetdalen/budgets/2028";
        Assert.Equal(["Filen hör till en annan budget (federations/budgetdalen/budgets/2027), inte till federations/budgetdalen/budgets/2028."],
            Upload(other, BudgetSheet.Xlsx(Budget())).Problems);

        var unstamped = XlsxWriter.Write([BudgetSheet.For(Budget())]);
        Assert.StartsWith("Filen säger inte vilken version", Upload(Budget(), unstamped).Problems.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_objection_to_a_saved_line_is_named_by_the_files_row()
    {
        var plan = Upload(Budget(), BudgetSheet.Xlsx(Budget()));

        Assert.Equal("Blad Budget, rad 5", plan.Where("budget.cost_groups[1].lines[0].label"));
        Assert.Equal("Blad Budget, rad 4", plan.Where("budget.cost_groups[0].totals[0].amount_ore"));
        Assert.Equal("budget.opening_equity_ore", plan.Where("budget.opening_equity_ore"));
    }

    private static BudgetUploadPlan Upload(BudgetMessage current, byte[] xlsx) =>
        BudgetUploadPlan.For(current, BudgetSheet.Read(new MemoryStream(xlsx), UploadLimits.Default));
}
