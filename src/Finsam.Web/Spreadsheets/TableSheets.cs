using System.Globalization;
using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.Web.Components.Shared;

namespace Finsam.Web.Spreadsheets;

// The web app's tables as sheets: the same rows, headers and totals as the pages show, from
// the same answers of the services. Pure: the answers come in, the tables go out.
public static class TableSheets
{
    public static SheetTable Contributions(Contributions contributions) => new(
        $"Medlemsbidrag {contributions.Year}",
        ["Medlem", "Slag", "Bidrag"],
        [
            .. contributions.Members.Select(member => (IReadOnlyList<SheetCell>)[member.DisplayName, MemberKinds.Text(member.Kind), SheetCell.Money(member.AmountOre)]),
            ["Summa medlemsbidrag", SheetCell.Empty, SheetCell.Money(contributions.TotalOre)],
        ]);

    public static SheetTable Invoices(int year, IReadOnlyList<Invoice> invoices, Func<string, string> memberName)
    {
        var instalments = invoices.Select(invoice => invoice.Instalment).DefaultIfEmpty(0).Max();
        return new SheetTable(
            $"Fakturor {year}",
            ["Medlem", "Delbetalning", "Antal delbetalningar", "Förfallodag", "Belopp", "Betalt", "Kvar att betala"],
            [.. invoices.Select(invoice => (IReadOnlyList<SheetCell>)
            [
                memberName(invoice.MemberId), SheetCell.Number(invoice.Instalment), SheetCell.Number(instalments), SheetCell.Date(invoice.DueOn),
                SheetCell.Money(invoice.AmountOre), SheetCell.Money(invoice.PaidOre), SheetCell.Money(invoice.OutstandingOre),
            ])]);
    }

    public static SheetTable Outstanding(int year, Outstanding outstanding) => new(
        $"Utestående {year}",
        ["Medlem", "Fakturerat", "Betalt", "Utestående"],
        [
            .. outstanding.Members.Select(member => (IReadOnlyList<SheetCell>)
                [member.DisplayName, SheetCell.Money(member.InvoicedOre), SheetCell.Money(member.PaidOre), SheetCell.Money(member.OutstandingOre)]),
            ["Summa", SheetCell.Money(outstanding.InvoicedOre), SheetCell.Money(outstanding.PaidOre), SheetCell.Money(outstanding.OutstandingOre)],
        ]);

    public static SheetTable Efforts(IReadOnlyList<Effort> efforts) => new(
        "Insatser",
        ["Insats", "Slag", "Ägare", "Startdatum", "Slutdatum", "Kostnad", "Status"],
        [.. efforts.Select(effort => (IReadOnlyList<SheetCell>)
        [
            effort.DisplayName, EffortTexts.Kind(effort.Kind), effort.Owner, SheetCell.Date(effort.StartOn), SheetCell.Date(effort.EndOn),
            SheetCell.Money(effort.CostLines.Sum(line => line.AmountOre)), EffortTexts.Status(effort.Status),
        ])]);

    // As the page's result budget: income rows, their sum, each cost group with the subtotals
    // after it, the costs' sum and the result; a column per year, a dash-less empty cell where
    // a year lacks a row.
    public static SheetTable ResultBudget(BudgetReport report)
    {
        var years = report.Years;
        var rows = new List<IReadOnlyList<SheetCell>>();
        void Add(string label, Func<YearReport, long?> figure) =>
            rows.Add([label, .. years.Select(year => figure(year) is { } ore ? SheetCell.Money(ore) : SheetCell.Empty)]);

        foreach (var label in years.SelectMany(year => year.Income).Select(row => row.Label).Distinct())
        {
            Add(label, year => year.Income.FirstOrDefault(row => row.Label == label)?.AmountOre);
        }
        Add("Summa intäkter", year => year.IncomeOre);
        var subtotals = years.SelectMany(year => year.Subtotals).DistinctBy(subtotal => subtotal.Key).ToList();
        foreach (var group in years.SelectMany(year => year.CostGroups).DistinctBy(group => group.Key))
        {
            Add(group.Label, year => year.CostGroups.FirstOrDefault(g => g.Key == group.Key)?.AmountOre);
            foreach (var subtotal in subtotals.Where(subtotal => subtotal.After == group.Key))
            {
                Add(subtotal.Label, year => year.Subtotals.FirstOrDefault(s => s.Key == subtotal.Key)?.AmountOre);
            }
        }
        Add("Summa kostnader", year => year.CostsOre);
        Add("Årets resultat", year => year.ResultOre);
        return new SheetTable("Resultatbudget", YearHeaders(report), rows);
    }

    private static readonly (string Label, Func<YearReport, long> Figure)[] BalanceRows =
    [
        ("Anläggningstillgångar", year => year.FixedAssetsOre),
        ("Omsättningstillgångar", year => year.CurrentAssetsOre),
        ("Summa tillgångar", year => year.TotalAssetsOre),
        ("Eget kapital vid årets början", year => year.OpeningEquityOre),
        ("Årets resultat", year => year.ResultOre),
        ("Eget kapital vid årets slut", year => year.EquityOre),
        ("Avsättningar", year => year.ProvisionsOre),
        ("Långfristiga skulder", year => year.LongTermLiabilitiesOre),
        ("Kortfristiga skulder", year => year.ShortTermLiabilitiesOre),
        ("Summa eget kapital, avsättningar och skulder", year => year.EquityProvisionsAndLiabilitiesOre),
    ];

    public static SheetTable BalanceBudget(BudgetReport report) => new(
        "Balansbudget",
        YearHeaders(report),
        [.. BalanceRows.Select(row => (IReadOnlyList<SheetCell>)[row.Label, .. report.Years.Select(year => SheetCell.Money(row.Figure(year)))])]);

    private static IReadOnlyList<string> YearHeaders(BudgetReport report) =>
        ["Post", .. report.Years.Select(year => year.Forecast ? $"Prognos {year.Year}" : year.Year.ToString(CultureInfo.InvariantCulture))];
}
