using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Web.Components.Regional;
using Finsam.Web.Components.Shared;

namespace Finsam.Web.Spreadsheets;

// The regional body's tables as sheets, as its pages show them: the roll-up in the order the
// page sorted it, and the distribution model's amounts with and without the brake.
public static class RegionalSheets
{
    public static SheetTable RollUp(RollUpResponse rollUp, IReadOnlyList<RollUpRow> sorted) => new(
        $"Förbundens budgetar {rollUp.Year}",
        [.. Enum.GetValues<RollUpColumn>().Select(RegionalTexts.Heading)],
        [
            .. sorted.Select(row => row.Computed
                ? (IReadOnlyList<SheetCell>)
                [
                    row.FederationName, BudgetTexts.Status(row.Figures.Status),
                    SheetCell.Money(row.Figures.ContributionsOre), SheetCell.Money(row.Figures.CostsOre),
                    SheetCell.Money(row.Figures.ResultOre), SheetCell.Money(row.Figures.EquityOre),
                    SheetCell.Share(row.Figures.EquityShareBasisPoints), SheetCell.Share(row.Figures.IndividualShareBasisPoints),
                    SheetCell.Number(row.Figures.GoalsNotMet),
                ]
                : [row.FederationName, $"Budgeten kan inte beräknas. Skäl: {row.Figures.Problem}"]),
            ["Summa", SheetCell.Empty, SheetCell.Money(rollUp.ContributionsOre), SheetCell.Money(rollUp.CostsOre),
                SheetCell.Money(rollUp.ResultOre), SheetCell.Money(rollUp.EquityOre)],
        ]);

    public static SheetTable Distribution(int year, IReadOnlyList<DistributionOutcome> rows)
    {
        var braked = rows.Count > 0 && rows.All(row => row.Braked is not null);
        IReadOnlyList<SheetCell> Figures(FederationShare? share) =>
            share is null ? [] : [SheetCell.Money(share.AmountOre), SheetCell.Money(share.ChangeFromLastYearOre)];
        return new SheetTable(
            $"Fördelning {year}",
            ["Förbund", "Belopp utan broms", $"Förändring från {year - 1} utan broms", .. braked ? new[] { "Belopp med broms", $"Förändring från {year - 1} med broms" } : []],
            [
                .. rows.Select(row => (IReadOnlyList<SheetCell>)[row.DisplayName, .. Figures(row.Unbraked), .. braked ? Figures(row.Braked) : []]),
                ["Summa", SheetCell.Money(rows.Sum(row => row.Unbraked.AmountOre)), SheetCell.Money(rows.Sum(row => row.Unbraked.ChangeFromLastYearOre)),
                    .. braked ? (IReadOnlyList<SheetCell>)[SheetCell.Money(rows.Sum(row => row.Braked!.AmountOre)), SheetCell.Money(rows.Sum(row => row.Braked!.ChangeFromLastYearOre))] : []],
            ]);
    }
}
