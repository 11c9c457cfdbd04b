using System.Text;
using Finsam.Budget.Domain.FollowUp;
using Finsam.Budget.Domain.FollowUp.Csv;
using Finsam.ServiceKit.Csv;

namespace Finsam.Budget.Tests.Domain.FollowUp.Csv;

// Each of the reader's rules on a small file of its own.
public sealed class CsvActualsReaderTests
{
    private static readonly DateOnly January = new(2026, 1, 1);
    private static readonly DateOnly March = new(2026, 3, 1);

    static CsvActualsReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static CsvReadResult Read(string csv, Encoding? encoding = null, DateOnly? first = null, DateOnly? last = null) =>
        CsvActualsReader.Read((encoding ?? new UTF8Encoding(false)).GetBytes(csv), first ?? new DateOnly(2026, 1, 1), last ?? new DateOnly(2026, 12, 31));

    private static CsvActuals Actuals(string csv, Encoding? encoding = null)
    {
        var result = Read(csv, encoding);
        Assert.Empty(result.Problems);
        Assert.True(result.Succeeded);
        return result.Actuals!;
    }

    private static IReadOnlyList<string> Problems(string csv, DateOnly? first = null, DateOnly? last = null)
    {
        var result = Read(csv, first: first, last: last);
        Assert.Null(result.Actuals);
        Assert.False(result.Succeeded);
        return [.. result.Problems.Select(problem => problem.ToString())];
    }

    private static (string, DateOnly, long) Amount(LedgerRow row) => (row.Account, row.Month, row.AmountOre);

    [Fact]
    public void Amounts_are_summed_per_account_objects_and_month_and_ordered_by_account_month_and_objects()
    {
        var actuals = Actuals("""
            Konto;Datum;Belopp;Projekt
            5010;2026-03-02;100,00;
            4010;2026-03-05;10,00;14
            4010;2026-01-31;1,00;
            4010;2026-03-06;20,00;12
            4010;2026-03-07;5,00;14
            5010;2026-03-31;-0,50;
            4010;2026-03-08;3,00;
            """);

        Assert.Equal(
            [("4010", January, 1_00), ("4010", March, 3_00), ("4010", March, 20_00), ("4010", March, 15_00), ("5010", March, 99_50)],
            actuals.Amounts.Select(Amount));
        Assert.Equal([0, 0, 1, 1, 0], actuals.Amounts.Select(row => row.Objects.Count));
        Assert.Equal("12", actuals.Amounts[2].Objects["6"]);
        Assert.Equal("14", actuals.Amounts[3].Objects["6"]);
        Assert.Equal(7, actuals.RowCount);
    }

    [Fact]
    public void Utf8_is_read_with_or_without_a_byte_order_mark_and_reported()
    {
        const string csv = "Konto;Kontonamn;Månad;Belopp\n7010;Löner till tjänstemän;2026-03;1 000,00\n";
        foreach (var encoding in new[] { new UTF8Encoding(false), new UTF8Encoding(true) })
        {
            var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(csv)).ToArray();
            var result = CsvActualsReader.Read(bytes, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

            Assert.Empty(result.Problems);
            Assert.Equal(CsvEncoding.Utf8, result.Actuals!.Encoding);
            Assert.Equal("Löner till tjänstemän", result.Actuals.AccountNames["7010"]);
            Assert.Equal(1_000_00, Assert.Single(result.Actuals.Amounts).AmountOre);
        }
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_read_as_windows_1252_and_reported()
    {
        var actuals = Actuals("KONTO;BENÄMNING;MÅNAD;BELOPP;KOSTNADSSTÄLLE\r\n5010;Lokalhyra Östra Älvdalen;2026-03;1\u00A0234,50;Höör\r\n", Encoding.GetEncoding(1252));

        Assert.Equal(CsvEncoding.Windows1252, actuals.Encoding);
        Assert.Equal("Lokalhyra Östra Älvdalen", actuals.AccountNames["5010"]);
        var row = Assert.Single(actuals.Amounts);
        Assert.Equal(1_234_50, row.AmountOre);
        Assert.Equal("Höör", row.Objects["1"]);
    }

    [Fact]
    public void Plain_ascii_is_utf8() => Assert.Equal(CsvEncoding.Utf8, Actuals("Account,Date,Amount\n4010,2026-03-01,1.00\n").Encoding);

    [Theory]
    [InlineData(';')]
    [InlineData(',')]
    [InlineData('\t')]
    public void The_separator_is_found_in_the_header(char separator)
    {
        var csv = string.Join('\n', new string[][]
        {
            ["Konto", "Datum", "Belopp", "Text"],
            ["4010", "2026-03-01", "\"1 234,50\"", "\"Faktura; nr 12, mars\""],
            ["4010", "2026-03-09", "-34.50", "Kreditnota"],
        }.Select(fields => string.Join(separator, fields)));

        Assert.Equal(1_200_00, Assert.Single(Actuals(csv).Amounts).AmountOre);
    }

    [Fact]
    public void Excels_sep_line_names_the_separator_and_is_no_header()
    {
        // Without the hint, the header's semicolons would outnumber its commas.
        const string csv = "sep=,\nKonto,Text;a;b;c;d,Datum,Belopp\n4010,x;y;z;w;v,2026-03-01,12.00\n";

        Assert.Equal(12_00, Assert.Single(Actuals(csv).Amounts).AmountOre);
        Assert.Equal(["Rad 4: raden har 3 fält men rubrikraden har 4"], Problems(csv + "4010,2026-03-01,x\n"));
    }

    [Fact]
    public void Quoted_fields_hold_separators_doubled_quotes_and_line_breaks_and_lines_are_counted_as_in_the_file()
    {
        var csv = "Konto;Kontonamn;Datum;Belopp;Projekt\r\n"
            + "\"4010\";\"Köpta tjänster; \"\"insatser\"\"\";2026-03-01;\"1 000,00\";\"12;a\"\r\n"
            + "4010;\"Köpta tjänster\r\nandra raden\";2026-03-02;\"-1,00\"  ;\"12;a\"\r\n"
            + "4010;x;2026-03-03;12,5x;\r\n";

        Assert.Equal(["Rad 5: beloppet ”12,5x” är inget belopp"], Problems(csv));

        var actuals = Actuals(csv.Replace("12,5x", "1,00", StringComparison.Ordinal));
        Assert.Equal("Köpta tjänster; \"insatser\"", actuals.AccountNames["4010"]);
        Assert.Equal([(1_00L, null), (999_00L, "12;a")], actuals.Amounts.Select(row => (row.AmountOre, row.Objects.GetValueOrDefault("6"))));
    }

    [Fact]
    public void A_quote_that_never_closes_and_text_after_a_closing_quote_are_problems_on_their_lines()
    {
        Assert.Equal(
            ["Rad 2: ett fält har tecken efter sitt avslutande citattecken (\"); ett citattecken inne i ett fält skrivs \"\"",
             "Rad 4: ett fält börjar med citattecken (\") men citatet avslutas aldrig"],
            Problems("Konto;Datum;Belopp\n4010;\"2026-03-01\"x;1\n4010;2026-03-01;1\n4010;\"2026-03-01;1\n4010;2026-03-01;1\n"));
    }

    [Theory]
    [InlineData("Konto;Datum;Belopp")]
    [InlineData("account;DATE;Amount")]
    [InlineData(" Account ; Verifikationsdatum ; BELOPP ")]
    [InlineData("Konto;Månad;Debet;Kredit")]
    [InlineData("Account;Period;Debit;Credit")]
    [InlineData("KONTO;month;debet;CREDIT")]
    public void Columns_are_named_in_swedish_or_english_in_any_case(string header)
    {
        var row = header.Contains("debet", StringComparison.OrdinalIgnoreCase) || header.Contains("debit", StringComparison.OrdinalIgnoreCase)
            ? "4010;2026-03;12,00;2,00"
            : "4010;2026-03-15;10,00";

        Assert.Equal(("4010", March, 10_00L), Amount(Assert.Single(Actuals(header + "\n" + row).Amounts)));
    }

    [Fact]
    public void Unknown_columns_are_ignored_and_a_date_wins_over_a_month_beside_it()
    {
        var actuals = Actuals("Ver.nr;Konto;Text;Period;Datum;Belopp;Moms\nA12;4010;Faktura;2026-02;2026-03-01;10;x\n");

        Assert.Equal(("4010", March, 10_00L), Amount(Assert.Single(actuals.Amounts)));
        Assert.Empty(actuals.AccountNames);
    }

    [Fact]
    public void Debit_less_credit_is_the_amount_and_an_empty_cell_is_zero()
    {
        var actuals = Actuals("Konto;Datum;Debet;Kredit\n4010;2026-03-01;100,00;\n4010;2026-03-02;;30,50\n4010;2026-03-03;5;1\n3010;2026-03-04;;250 000,00\n1930;2026-03-04;;\n");

        Assert.Equal([("1930", March, 0L), ("3010", March, -250_000_00L), ("4010", March, 73_50L)], actuals.Amounts.Select(Amount));
    }

    [Fact]
    public void Objects_are_by_sie_dimension_and_an_empty_cell_is_none()
    {
        var actuals = Actuals("Konto;Datum;Belopp;Kostnadsställe;Projekt;Objekt 7;Dimension 20\n"
            + "4010;2026-03-01;1;KS1;P12;O7;D20\n4010;2026-03-01;2;;;;\n4010;2026-03-01;4; ;P12;;\n");

        Assert.Equal(
            [("", 2_00L), ("1=KS1,20=D20,6=P12,7=O7", 1_00L), ("6=P12", 4_00L)],
            actuals.Amounts.Select(row => (string.Join(',', row.Objects.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}")), row.AmountOre)));
    }

    [Fact]
    public void An_account_s_name_is_the_first_the_file_gives_it()
    {
        var actuals = Actuals("Konto;Account name;Datum;Belopp\n4010;;2026-03-01;1\n4010;Köpta tjänster;2026-03-02;1\n4010;Annat;2026-03-03;1\n5010;;2026-03-03;1\n");

        var name = Assert.Single(actuals.AccountNames);
        Assert.Equal(("4010", "Köpta tjänster"), (name.Key, name.Value));
    }

    [Fact]
    public void A_missing_required_column_is_one_problem_on_the_header_s_line_naming_it()
    {
        Assert.Equal(["Rad 1: kolumnen Konto (eller Account) saknas"], Problems("Kontonamn;Datum;Belopp\nx;2026-03-01;1\n"));
        Assert.Equal(["Rad 1: kolumnen Datum (eller Date, Verifikationsdatum) eller Månad (eller Period, Month) saknas"], Problems("Konto;Belopp\n4010;1\n"));
        Assert.Equal(["Rad 1: kolumnen Belopp (eller Amount), eller kolumnerna Debet och Kredit, saknas"], Problems("Konto;Datum;Saldo\n4010;2026-03-01;1\n"));
        Assert.Equal(["Rad 1: kolumnen Kredit (eller Credit) saknas, som hör till kolumnen Debet"], Problems("Konto;Datum;Debet\n4010;2026-03-01;1\n"));
        Assert.Equal(["Rad 1: kolumnen Debet (eller Debit) saknas, som hör till kolumnen Kredit"], Problems("Konto;Datum;Kredit\n4010;2026-03-01;1\n"));
        Assert.Equal(
            ["Rad 3: kolumnen Konto (eller Account) saknas", "Rad 3: kolumnen Belopp (eller Amount), eller kolumnerna Debet och Kredit, saknas"],
            Problems("\n  \nDatum\n2026-03-01\n"));
    }

    [Fact]
    public void Columns_that_say_the_same_thing_twice_are_refused()
    {
        Assert.Equal(
            ["Rad 1: kolumnerna ”Konto” och ”Account” anger båda kontot",
             "Rad 1: kolumnerna ”Kostnadsställe” och ”Objekt 1” anger båda objekt i dimension 1",
             "Rad 1: filen har både kolumnen Belopp och kolumner för Debet och Kredit; ta bort den ena"],
            Problems("Konto;Account;Datum;Belopp;Debet;Kredit;Kostnadsställe;Objekt 1\n4010;4010;2026-03-01;1;1;;a;a\n"));
    }

    [Fact]
    public void Every_kind_of_problem_is_named_with_its_line()
    {
        var problems = Problems("""
            Konto;Datum;Belopp

            4010;2026-03-01;1
            ;2026-03-01;1
            40A0;2026-03-01;1
            4010;;1
            4010;2026-02-30;1
            4010;2026-03-01;12,5x
            4010;2026-03-01;
            4010;2025-12-31;1
            4010;2026-03-01
            4010;2026-03-01;1;
            ;;
            X;1.2.3;1,234
            """);

        Assert.Equal(
        [
            "Rad 4: kontot saknas",
            "Rad 5: kontot ”40A0” är inget konto (ett konto är bara siffror)",
            "Rad 6: datumet saknas",
            "Rad 7: datumet ”2026-02-30” är inget datum (ÅÅÅÅ-MM-DD)",
            "Rad 8: beloppet ”12,5x” är inget belopp",
            "Rad 9: beloppet saknas",
            "Rad 10: datumet 2025-12-31 ligger utanför räkenskapsåret 2026-01-01–2026-12-31",
            "Rad 11: raden har 2 fält men rubrikraden har 3",
            "Rad 12: raden har 4 fält men rubrikraden har 3",
            "Rad 14: kontot ”X” är inget konto (ett konto är bara siffror)",
            "Rad 14: datumet ”1.2.3” är inget datum (ÅÅÅÅ-MM-DD)",
            "Rad 14: beloppet ”1,234” är inget belopp",
        ], problems);
    }

    [Fact]
    public void Months_and_debit_and_credit_have_problems_of_their_own()
    {
        Assert.Equal(
        [
            "Rad 2: månaden ”2026-13” är ingen månad (ÅÅÅÅ-MM eller ÅÅÅÅMM)",
            "Rad 3: månaden saknas",
            "Rad 4: månaden 2025-12 ligger utanför räkenskapsåret 2026-01-01–2026-12-31",
            "Rad 5: månaden 2027-01 ligger utanför räkenskapsåret 2026-01-01–2026-12-31",
            "Rad 6: debetbeloppet ”1,5,0” är inget belopp",
            "Rad 6: kreditbeloppet ”x” är inget belopp",
        ], Problems("Konto,Månad,Debet,Kredit\r\n4010,2026-13,1,\r\n4010,,1,\r\n4010,202512,1,\r\n4010,2027-01,1,\r\n4010,2026-03,\"1,5,0\",x\r\n4010,2026-03,1,\r\n"));
    }

    [Fact]
    public void A_financial_year_need_not_be_a_calendar_year()
    {
        var first = new DateOnly(2025, 7, 1);
        var last = new DateOnly(2026, 6, 30);
        var result = Read("Konto;Datum;Belopp\n4010;2025-07-01;1\n4010;2026-06-30;2\n4010;2025-12-31;4\n4010;2026-01-01;8\n", first: first, last: last);
        Assert.Equal(
            [("4010", new DateOnly(2025, 7, 1), 1_00L), ("4010", new DateOnly(2025, 12, 1), 4_00L), ("4010", new DateOnly(2026, 1, 1), 8_00L), ("4010", new DateOnly(2026, 6, 1), 2_00L)],
            result.Actuals!.Amounts.Select(Amount));

        Assert.Equal(
            ["Rad 2: datumet 2025-06-30 ligger utanför räkenskapsåret 2025-07-01–2026-06-30",
             "Rad 3: datumet 2026-07-01 ligger utanför räkenskapsåret 2025-07-01–2026-06-30"],
            Problems("Konto;Datum;Belopp\n4010;2025-06-30;1\n4010;2026-07-01;1\n4010;2026-06-30;1\n", first, last));
        Assert.Equal(
            ["Rad 2: månaden 2025-06 ligger utanför räkenskapsåret 2025-07-01–2026-06-30",
             "Rad 5: månaden 2026-07 ligger utanför räkenskapsåret 2025-07-01–2026-06-30"],
            Problems("Konto;Månad;Belopp\n4010;2025-06;1\n4010;2025-07;1\n4010;2026-06;1\n4010;2026-07;1\n", first, last));
    }

    [Fact]
    public void More_than_a_hundred_bad_lines_give_exactly_a_hundred_problems()
    {
        var csv = "Konto;Datum;Belopp\n" + string.Concat(Enumerable.Range(0, 250).Select(i => $"4010;2026-03-01;fel{i}\n"));
        var result = Read(csv);

        Assert.Null(result.Actuals);
        Assert.Equal(CsvActualsReader.MaxProblems, result.Problems.Count);
        Assert.Equal(100, result.Problems.Count);
        Assert.Equal(Enumerable.Range(2, 100), result.Problems.Select(problem => problem.Line));
    }

    [Fact]
    public void One_bad_line_among_good_ones_gives_no_amounts_at_all()
    {
        var result = Read("Konto;Datum;Belopp\n4010;2026-03-01;1\n4010;2026-03-02;x\n4010;2026-03-03;1\n");

        Assert.Null(result.Actuals);
        Assert.Equal(3, Assert.Single(result.Problems).Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n  \n")]
    [InlineData("\uFEFF")]
    public void An_empty_file_gives_no_amounts(string csv) => Assert.Equal(["filen är tom"], Problems(csv));

    [Theory]
    [InlineData("Konto;Datum;Belopp")]
    [InlineData("Konto;Datum;Belopp\r\n\r\n;;\r\n")]
    public void Only_a_header_gives_no_amounts(string csv) => Assert.Equal(["Rad 1: filen har inga rader under rubrikraden"], Problems(csv));

    [Fact]
    public void A_workbook_or_a_file_that_is_no_text_is_one_problem()
    {
        var workbook = CsvActualsReader.Read([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], January, new DateOnly(2026, 12, 31));
        var utf16 = CsvActualsReader.Read(Encoding.Unicode.GetBytes("Konto;Datum;Belopp\n4010;2026-03-01;1\n"), January, new DateOnly(2026, 12, 31));

        Assert.Equal("filen är en Excel-arbetsbok, inte en CSV-fil: spara den i Excel som CSV (semikolonavgränsad)", Assert.Single(workbook.Problems).ToString());
        Assert.Equal("filen är ingen textfil: spara den som CSV i UTF-8 eller Windows-1252", Assert.Single(utf16.Problems).ToString());
        Assert.Null(utf16.Actuals);
    }

    [Fact]
    public void A_year_that_ends_before_it_starts_is_the_caller_s_mistake() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CsvActualsReader.Read("Konto;Datum;Belopp\n"u8, new DateOnly(2026, 12, 31), January));
}
