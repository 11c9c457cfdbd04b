using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Web.Components.Regional;
using Finsam.Web.Components.Shared;
using Finsam.Web.Spreadsheets;

namespace Finsam.Web.Tests.Spreadsheets;

public sealed class RegionalSheetsTests
{
    [Fact]
    public void The_roll_up_sheet_has_the_pages_columns_rows_in_the_order_shown_shares_as_numbers_and_the_sum()
    {
        var rollUp = new RollUpResponse
        {
            Year = 2027,
            ContributionsOre = 300_000_00,
            CostsOre = 280_000_00,
            ResultOre = 20_000_00,
            EquityOre = 50_000_00,
            Federations =
            {
                new FederationRollUp { Budget = "federations/boden/budgets/2027", Status = BudgetStatus.Adopted, ContributionsOre = 100_000_00, CostsOre = 90_000_00, ResultOre = 10_000_00, EquityOre = 20_000_00, EquityShareBasisPoints = 2_000, IndividualShareBasisPoints = 6_550, GoalsNotMet = 1 },
                new FederationRollUp { Budget = "federations/aby/budgets/2027", Problem = "No state allocation is recorded for 2027." },
            },
        };
        var rows = RollUpSorting.Sort(RollUpRow.From(rollUp, new Dictionary<string, string> { ["boden"] = "Bodens samordningsförbund", ["aby"] = "Åby" }), RollUpColumn.Result, descending: true);

        var sheet = RegionalSheets.RollUp(rollUp, rows);

        Assert.Equal("Förbundens budgetar 2027", sheet.SheetName);
        Assert.Equal(Enum.GetValues<RollUpColumn>().Select(RegionalTexts.Heading), sheet.Headers);
        Assert.Equal(
            [
                "Bodens samordningsförbund", BudgetTexts.Status(BudgetStatus.Adopted),
                SheetCell.Money(100_000_00), SheetCell.Money(90_000_00), SheetCell.Money(10_000_00), SheetCell.Money(20_000_00),
                SheetCell.Share(2_000), SheetCell.Share(6_550), SheetCell.Number(1),
            ],
            sheet.Rows[0]);
        Assert.Equal(["Åby", "Budgeten kan inte beräknas. Skäl: No state allocation is recorded for 2027."], sheet.Rows[1]);
        Assert.Equal(["Summa", SheetCell.Empty, SheetCell.Money(300_000_00), SheetCell.Money(280_000_00), SheetCell.Money(20_000_00), SheetCell.Money(50_000_00)], sheet.Rows[2]);
    }

    [Fact]
    public void The_distribution_sheet_has_both_models_side_by_side_where_the_brake_was_asked_for_and_one_where_not()
    {
        var braked = new[]
        {
            new DistributionOutcome("federations/a", "A", Share("federations/a", 600, 100), Share("federations/a", 550, 50)),
            new DistributionOutcome("federations/b", "B", Share("federations/b", 400, -100), Share("federations/b", 450, -50)),
        };

        var both = RegionalSheets.Distribution(2027, braked);
        Assert.Equal(["Förbund", "Belopp utan broms", "Förändring från 2026 utan broms", "Belopp med broms", "Förändring från 2026 med broms"], both.Headers);
        Assert.Equal(["B", SheetCell.Money(400), SheetCell.Money(-100), SheetCell.Money(450), SheetCell.Money(-50)], both.Rows[1]);
        Assert.Equal(["Summa", SheetCell.Money(1_000), SheetCell.Money(0), SheetCell.Money(1_000), SheetCell.Money(0)], both.Rows[2]);

        var unbraked = RegionalSheets.Distribution(2027, [.. braked.Select(row => row with { Braked = null })]);
        Assert.Equal(3, unbraked.Headers.Count);
        Assert.All(unbraked.Rows, row => Assert.Equal(3, row.Count));
    }

    [Fact]
    public void A_share_is_a_percentage_number_in_the_workbook_and_a_swedish_percentage_in_CSV()
    {
        var table = new SheetTable("Andelar", ["Förbund", "Andel"], [["A", SheetCell.Share(1_950)], ["B", SheetCell.Share(-225)]]);

        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(XlsxWriter.Write([table])), false);
        var cell = Workbooks.CellAt(document, "Andelar", "B2");
        Assert.Equal("0.195", cell.CellValue!.Text);
        Assert.Equal("builtin 10", Workbooks.FormatOf(document, cell));

        Assert.Equal("19,50%", CsvWriter.Field(SheetCell.Share(1_950)));
        Assert.Equal("-2,25%", CsvWriter.Field(SheetCell.Share(-225)));
    }

    private static FederationShare Share(string federation, long amountOre, long changeOre) =>
        new() { Federation = federation, AmountOre = amountOre, ChangeFromLastYearOre = changeOre };
}
