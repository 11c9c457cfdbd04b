using Finsam.Budget.Domain.FollowUp;
using Finsam.Sie;

namespace Finsam.Budget.Tests.Domain.FollowUp;

// A made-up federation's year as its accounting program would export it (SIE 4, code page 437,
// a few hundred vouchers over twelve months, a project object per effort), read and mapped: the
// budget against actual per line, effort and month matches what was booked, to the öre.
public sealed class MadeUpYearTests
{
    private static readonly string[] Efforts = ["12", "14", "20"];

    private static readonly Dictionary<string, string> RowOfAccount = new()
    {
        [MadeUpYear.Contributions] = "bidrag", [MadeUpYear.Purchases] = "insatser", [MadeUpYear.Rent] = "lokaler", [MadeUpYear.Salaries] = "personal",
    };

    [Fact]
    public void The_year_s_actuals_per_line_effort_and_month_are_what_was_booked()
    {
        var booked = MadeUpYear.Book(2026, seed: 2026, Efforts);
        var result = SieReader.Read(booked.File);
        Assert.Empty(result.Problems);
        Assert.Equal(SieEncoding.CodePage437, result.File!.Encoding);
        Assert.Equal("Samordningsförbundet Östra Älvdalen", result.File.CompanyName);
        Assert.InRange(result.File.Vouchers.Count, 300, 400);

        var mapping = AccountMapping.Create(
            [new AccountRule("30", "bidrag"), new AccountRule("4", "insatser"), new AccountRule("50", "lokaler"), new AccountRule("7", "personal")],
            Efforts.Select(effort => new ObjectRule("6", effort, $"insats-{effort}"))).Mapping!;
        var actuals = mapping.Map(result.File.Vouchers.SelectMany(voucher => voucher.Rows.Select(row =>
            new LedgerRow(row.Account, row.Objects, new DateOnly(voucher.Date.Year, voucher.Date.Month, 1), row.AmountOre))));

        var lines = booked.PerRow(RowOfAccount);
        Assert.Equal(lines.OrderBy(pair => pair.Key), actuals.Lines.OrderBy(pair => pair.Key));
        Assert.Equal(booked.PerObject.Select(pair => ((Effort: $"insats-{pair.Key.Object}", pair.Key.Month), pair.Value)).OrderBy(pair => pair.Item1), actuals.Efforts.Select(pair => (pair.Key, pair.Value)).OrderBy(pair => pair.Key));
        Assert.Equal(booked.PerAccount.Where(pair => pair.Key.Account == MadeUpYear.BankFees).Sum(pair => pair.Value), actuals.Unmapped.Where(pair => pair.Key.Account == MadeUpYear.BankFees).Sum(pair => pair.Value));

        var year = FinancialYearMonths.Of(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        var followUp = BudgetVersusActual.Through(
            [new FollowUpLine("insatser", "Insatser", FollowUpSide.Cost, 2_400_000_00), new FollowUpLine("bidrag", "Medlemsbidrag", FollowUpSide.Income, 3_000_000_00)],
            actuals.Lines, year, new DateOnly(2026, 6, 1));
        Assert.Equal(lines.Where(pair => pair.Key.Row == "insatser" && pair.Key.Month.Month <= 6).Sum(pair => pair.Value), followUp[0].ActualToDateOre);
        Assert.Equal(-lines.Where(pair => pair.Key.Row == "bidrag" && pair.Key.Month.Month <= 6).Sum(pair => pair.Value), followUp[1].ActualToDateOre);
        Assert.Equal(1_200_000_00, followUp[0].BudgetToDateOre);
    }
}
