using System.Globalization;
using System.Text;
using Finsam.Budget.Domain.FollowUp;
using Finsam.Sie;

namespace Finsam.Budget.Tests.Domain.FollowUp;

// A made-up federation's year as its accounting program would export it (SIE 4, code page 437,
// a few hundred vouchers over twelve months, a project object per effort), read and mapped: the
// budget against actual per line, effort and month matches what was booked, to the öre.
public sealed class MadeUpYearTests
{
    private static readonly string[] Efforts = ["12", "14", "20"];

    [Fact]
    public void The_year_s_actuals_per_line_effort_and_month_are_what_was_booked()
    {
        var booked = Book(seed: 2026);
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

        Assert.Equal(booked.Lines.OrderBy(pair => pair.Key), actuals.Lines.OrderBy(pair => pair.Key));
        Assert.Equal(booked.Efforts.OrderBy(pair => pair.Key), actuals.Efforts.OrderBy(pair => pair.Key));
        Assert.Equal(booked.Unmapped, actuals.Unmapped.Where(pair => !pair.Key.Account.StartsWith("19", StringComparison.Ordinal)).Sum(pair => pair.Value));

        var year = FinancialYearMonths.Of(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        var followUp = BudgetVersusActual.Through(
            [new FollowUpLine("insatser", "Insatser", FollowUpSide.Cost, 2_400_000_00), new FollowUpLine("bidrag", "Medlemsbidrag", FollowUpSide.Income, 3_000_000_00)],
            actuals.Lines, year, new DateOnly(2026, 6, 1));
        Assert.Equal(booked.Lines.Where(pair => pair.Key.Line == "insatser" && pair.Key.Month.Month <= 6).Sum(pair => pair.Value), followUp[0].ActualToDateOre);
        Assert.Equal(-booked.Lines.Where(pair => pair.Key.Line == "bidrag" && pair.Key.Month.Month <= 6).Sum(pair => pair.Value), followUp[1].ActualToDateOre);
        Assert.Equal(1_200_000_00, followUp[0].BudgetToDateOre);
    }

    private sealed record Booking(byte[] File, Dictionary<(string Line, DateOnly Month), long> Lines, Dictionary<(string Effort, DateOnly Month), long> Efforts, long Unmapped);

    // Vouchers drawn at random (seeded): a purchase for an effort, rent, salaries, now and then a
    // fee on an account no rule takes, and each month the members' contributions; every voucher
    // balanced against the bank. What each line, effort and month got is counted as it is written.
    private static Booking Book(int seed)
    {
        var random = new Random(seed);
        var lines = new Dictionary<(string, DateOnly), long>();
        var efforts = new Dictionary<(string, DateOnly), long>();
        long unmapped = 0;
        var sie = new List<string>
        {
            "#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#PROGRAM \"Påhittat bokföringsprogram\" 2.1", "#GEN 20270115",
            "#FNAMN \"Samordningsförbundet Östra Älvdalen\"", "#ORGNR 222000-9876", "#RAR 0 20260101 20261231", "#RAR -1 20250101 20251231",
            "#DIM 6 \"Projekt\"", "#KONTO 1930 \"Företagskonto\"", "#KONTO 3010 \"Medlemsbidrag från kommunerna\"",
            "#KONTO 4010 \"Köpta tjänster för insatser\"", "#KONTO 5010 \"Lokalhyra\"", "#KONTO 7010 \"Löner till tjänstemän\"", "#KONTO 6570 \"Bankavgifter\"",
            "#IB 0 1930 1500000.00", "#IB -1 1930 1200000.00",
        };
        sie.AddRange(Efforts.Select(effort => $"#OBJEKT 6 \"{effort}\" \"Insats {effort} – Ung väg framåt\"".Replace('–', '-')));

        var number = 0;
        for (var month = 1; month <= 12; month++)
        {
            var first = new DateOnly(2026, month, 1);
            Voucher(first, "Medlemsbidrag", ("3010", null, -250_000_00));
            for (var i = 0; i < 27; i++)
            {
                var day = first.AddDays(random.Next(DateTime.DaysInMonth(2026, month)));
                var ore = random.NextInt64(1, 5_000_000);
                switch (random.Next(10))
                {
                    case < 6:
                        Voucher(day, "Faktura köpt tjänst åt insats", ("4010", Efforts[random.Next(Efforts.Length)], ore));
                        break;
                    case < 8:
                        Voucher(day, "Lokalhyra", ("5010", null, ore));
                        break;
                    case 8:
                        Voucher(day, "Lön", ("7010", null, ore));
                        break;
                    default:
                        Voucher(day, "Bankavgift", ("6570", null, ore % 50_000));
                        break;
                }
            }
        }
        return new Booking(Encoding.GetEncoding(437).GetBytes(string.Join("\r\n", sie) + "\r\n"), lines, efforts, unmapped);

        void Voucher(DateOnly date, string text, (string Account, string? Effort, long Ore) row)
        {
            number++;
            var objects = row.Effort is null ? "{}" : $"{{6 \"{row.Effort}\"}}";
            sie.Add($"#VER A {number} {date:yyyyMMdd} \"{text} nr {number}\"");
            sie.Add("{");
            sie.Add($"   #TRANS {row.Account} {objects} {Kronor(row.Ore)} {date:yyyyMMdd} \"{text}\"");
            sie.Add($"   #TRANS 1930 {{}} {Kronor(-row.Ore)}");
            sie.Add("}");

            var month = new DateOnly(date.Year, date.Month, 1);
            var line = row.Account switch { "3010" => "bidrag", "4010" => "insatser", "5010" => "lokaler", "7010" => "personal", _ => null };
            if (line is null)
            {
                unmapped += row.Ore;
            }
            else
            {
                lines[(line, month)] = lines.GetValueOrDefault((line, month)) + row.Ore;
            }
            if (row.Effort is not null)
            {
                var effort = $"insats-{row.Effort}";
                efforts[(effort, month)] = efforts.GetValueOrDefault((effort, month)) + row.Ore;
            }
        }
    }

    private static string Kronor(long ore) => (ore / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    static MadeUpYearTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
