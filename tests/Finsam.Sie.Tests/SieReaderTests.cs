namespace Finsam.Sie.Tests;

public sealed class SieReaderTests
{
    [Fact]
    public void A_file_in_code_page_437_reads_its_swedish_letters_and_a_financial_year_that_is_not_a_calendar_year()
    {
        var result = SieReader.Read(SieFiles.InCodePage(437, [.. SieFiles.Head,
            "#VER A 1 20260815 \"Hyra för Öppna dörren\"",
            "{",
            "#TRANS 4010 {6 \"12\"} 1250.50 20260815 \"Hyra för Öppna dörren\"",
            "#TRANS 1930 {} -1250.50",
            "}"]));

        Assert.Empty(result.Problems);
        var file = result.File!;
        Assert.Equal(SieEncoding.CodePage437, file.Encoding);
        Assert.Equal("Samordningsförbundet Älvdalen", file.CompanyName);
        Assert.Equal("Steget vidare - Ung i Östra", file.Objects[("6", "12")]);
        Assert.Equal("Köpta tjänster", file.Accounts["4010"]);
        Assert.Equal(new DateOnly(2027, 6, 30), file.CurrentYear!.End);
        var voucher = Assert.Single(file.Vouchers);
        Assert.Equal("Hyra för Öppna dörren", voucher.Text);
        Assert.Equal([125_050, -125_050], voucher.Rows.Select(row => row.AmountOre));
        Assert.Equal("12", voucher.Rows[0].Objects["6"]);
    }

    [Theory]
    [InlineData(1252, SieEncoding.Windows1252)]
    [InlineData(65001, SieEncoding.Utf8)]
    public void A_file_that_declares_PC8_but_is_written_otherwise_is_read_as_written_and_says_so(int codePage, SieEncoding expected)
    {
        var lines = new[] { "#FORMAT PC8", "#SIETYP 4", "#FNAMN \"Samordningsförbundet Åre–Östersund\"", "#RAR 0 20260101 20261231" };
        var bytes = codePage == 65001 ? SieFiles.InUtf8(lines) : SieFiles.InCodePage(codePage, lines);

        var file = SieReader.Read(bytes).File!;

        Assert.Equal(expected, file.Encoding);
        Assert.Equal("PC8", file.DeclaredFormat);
        Assert.StartsWith("Samordningsförbundet Åre", file.CompanyName);
    }

    [Fact]
    public void A_row_added_after_registration_counts_once_and_a_removed_row_not_at_all()
    {
        var file = SieReader.Read(SieFiles.InCodePage(437, [.. SieFiles.Head,
            "#VER A 2 20260901 \"Rättad\"",
            "{",
            "#TRANS 4010 {} 300.00",
            "#BTRANS 4010 {} 300.00 20260902 \"\" 0 \"KH\"",
            "#RTRANS 4010 {6 \"12\"} 300.00 20260902 \"\" 0 \"KH\"",
            "#TRANS 4010 {6 \"12\"} 300.00 20260902",
            "#TRANS 1930 {} -600.00",
            "}"])).File!;

        Assert.Equal([30_000, 30_000, -60_000], file.Vouchers.Single().Rows.Select(row => row.AmountOre));
        Assert.Equal(60_000, SieActuals.PerAccountAndMonth(file)[("4010", new DateOnly(2026, 9, 1))]);
    }

    [Fact]
    public void Records_the_reader_does_not_know_are_skipped()
    {
        var result = SieReader.Read(SieFiles.InCodePage(437, [.. SieFiles.Head,
            "#KPTYP BAS2014",
            "#SRU 4010 7513",
            "#FRAMTIDA_POST 1 2 \"tre\" {4 5}",
            "#PBUDGET 0 202607 4010 {} 5000",
            "#VER A 1 20260815",
            "{",
            "#FRAMTIDA_RAD 1",
            "#TRANS 4010 {} 10",
            "#TRANS 1930 {} -10",
            "}"]));

        Assert.Empty(result.Problems);
        Assert.Single(result.File!.Vouchers);
    }

    [Fact]
    public void Period_balances_and_object_balances_of_types_2_and_3_are_read()
    {
        var file = SieReader.Read(SieFiles.InCodePage(437, [.. SieFiles.Head,
            "#PSALDO 0 202608 4010 {} 1250.50 0",
            "#PSALDO 0 202608 4010 {6 \"12\"} 1000",
            "#OIB 0 1930 {6 \"12\"} 7.5",
            "#IB -1 1930 100"])).File!;

        Assert.Equal([125_050, 100_000], file.PeriodBalances.Select(balance => balance.AmountOre));
        Assert.Equal(new DateOnly(2026, 8, 1), file.PeriodBalances[0].Period);
        Assert.Equal("12", file.PeriodBalances[1].Objects["6"]);
        Assert.Equal([750, 10_000], file.OpeningBalances.Select(balance => balance.AmountOre));
    }

    [Fact]
    public void A_text_cut_short_without_its_closing_quote_runs_to_the_end_of_the_line()
    {
        var file = SieReader.Read(SieFiles.InCodePage(437, [.. SieFiles.Head,
            "#VER A 1 20260815 \"Faktura 260",
            "{",
            "#TRANS 4010 {} 10 20260815 \"Faktura 260   Kund med långt na",
            "#TRANS 1930 {} -10",
            "}"])).File!;

        Assert.Equal("Faktura 260", file.Vouchers.Single().Text);
        Assert.Equal("Faktura 260   Kund med långt na", file.Vouchers.Single().Rows[0].Text);
    }

    [Fact]
    public void A_missing_organisation_number_is_no_problem()
    {
        var file = SieReader.Read(SieFiles.InCodePage(437, "#SIETYP 4", "#ORGNR", "#RAR 0 20260101 20261231")).File!;

        Assert.Null(file.OrganisationNumber);
    }

    public static TheoryData<string[], int, string> BadFiles => new()
    {
        { ["#VER A 1 20260815", "{", "#TRANS 4010 {} 100", "#TRANS 1930 {} -90", "}"], 12, "inte i balans: raderna summerar till 10,00 kr" },
        { ["#VER A 1 20260815", "{", "#TRANS 4010 {} 12,5", "#TRANS 1930 {} -12.5", "}"], 14, "beloppet ”12,5” är inget belopp" },
        { ["#VER A 1 20260815", "{", "#TRANS 4010 {} 1.005", "#TRANS 1930 {} -1.005", "}"], 14, "beloppet ”1.005” är inget belopp" },
        { ["#VER A 1 20261341", "{", "#TRANS 4010 {} 1", "#TRANS 1930 {} -1", "}"], 12, "verifikationsdatumet ”20261341” är inget datum" },
        { ["#VER A 1 20270701", "{", "#TRANS 4010 {} 1", "#TRANS 1930 {} -1", "}"], 12, "daterad 2027-07-01, utanför räkenskapsåret 2026-07-01–2027-06-30" },
        { ["#VER A 1 20260815", "{", "#TRANS 4010 {} 1 2026x", "#TRANS 1930 {} -1", "}"], 14, "transaktionsdatumet ”2026x” är inget datum" },
        { ["#VER A 1 20260815", "{", "#TRANS 4010 {} 1", "#TRANS 1930 {} -1"], 12, "avslutas aldrig med }" },
        { ["#TRANS 4010 {} 1"], 12, "står utanför en" },
        { ["#VER A 1 20260815", "{", "#TRANS 4010 {6} 1", "#TRANS 1930 {} -1", "}"], 14, "par av dimension och objekt" },
        { ["#VER A 1 20260815", "{", "#TRANS 4010 1", "#TRANS 1930 {} -1", "}"], 14, "objektlistan { } saknas" },
        { ["#KONTO 4011 \"Bil\u0001\""], 12, "tecken som inte kan läsas som text" },
        { ["#VER A 1 20260815", "{", "#TRANS 4010 {6 \"12\" 1", "#TRANS 1930 {} -1", "}"], 14, "saknar avslutande }" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_bad_file_is_refused_with_the_problem_at_its_line_and_gives_nothing(string[] body, int line, string message)
    {
        var result = SieReader.Read(SieFiles.InCodePage(437, [.. SieFiles.Head, .. body]));

        Assert.Null(result.File);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, problem => problem.Line == line && problem.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_problem_in_a_file_is_named_not_only_the_first()
    {
        var result = SieReader.Read(SieFiles.InCodePage(437, [.. SieFiles.Head,
            "#VER A 1 20260815", "{", "#TRANS 4010 {} x", "#TRANS 1930 {} -1", "}",
            "#VER A 2 20250101", "{", "#TRANS 4010 {} 1", "#TRANS 1930 {} -1", "}"]));

        Assert.Equal([12, 14, 17], result.Problems.Select(problem => problem.Line));
        Assert.Equal("Rad 14: beloppet ”x” är inget belopp (som -1234.50, med högst två decimaler)", result.Problems[1].ToString());
    }

    [Fact]
    public void The_problems_named_are_bounded()
    {
        var rows = Enumerable.Range(0, 500).Select(_ => "#TRANS 4010 {} 1");
        var result = SieReader.Read(SieFiles.InCodePage(437, [.. SieFiles.Head, .. rows]));

        Assert.Equal(SieReader.MaxProblems, result.Problems.Count);
    }

    [Fact]
    public void Vouchers_without_a_financial_year_are_refused()
    {
        var result = SieReader.Read(SieFiles.InCodePage(437, "#SIETYP 4", "#VER A 1 20260815", "{", "#TRANS 4010 {} 1", "#TRANS 1930 {} -1", "}"));

        Assert.Contains(result.Problems, problem => problem.Message.Contains("#RAR 0", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("PK\u0003\u0004 not a sie file")]
    [InlineData("Konto;Belopp\n4010;100")]
    public void What_is_not_a_sie_file_is_refused(string text)
    {
        var result = SieReader.Read(System.Text.Encoding.UTF8.GetBytes(text));

        Assert.Null(result.File);
        Assert.NotEmpty(result.Problems);
    }
}
