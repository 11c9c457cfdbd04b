using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Finsam.Sie.Tests;

// The two real exports read as they are, and what the reader makes of their vouchers checked
// against the files' own rows summed here without it.
public sealed partial class RealExportsTests
{
    public static TheoryData<string> Exports => ["specter-sie4-exempel.se", "softone-sie4-demo.se"];

    [Theory]
    [MemberData(nameof(Exports))]
    public void A_real_export_reads_without_problems_in_code_page_437(string name)
    {
        var result = SieReader.Read(File.ReadAllBytes(Path.Combine("Exports", name)));

        Assert.Empty(result.Problems);
        Assert.Equal(SieEncoding.CodePage437, result.File!.Encoding);
        Assert.Equal("PC8", result.File.DeclaredFormat);
        Assert.Equal(4, result.File.Type);
    }

    [Fact]
    public void The_softone_export_gives_its_company_year_objects_and_vouchers()
    {
        var file = SieReader.Read(File.ReadAllBytes(Path.Combine("Exports", "softone-sie4-demo.se"))).File!;

        Assert.Equal("Demoföretaget AB", file.CompanyName);
        Assert.Equal("556654-7898", file.OrganisationNumber);
        Assert.Equal(new SieFinancialYear(0, new DateOnly(2014, 1, 1), new DateOnly(2014, 12, 31)), file.CurrentYear);
        Assert.Equal(70, file.Vouchers.Count);
        Assert.Equal("Kostnadsställe", file.Dimensions["1"]);
        Assert.Equal("kostnadsställe nr 1", file.Objects[("1", "1")]);
        var booked = file.Vouchers.SelectMany(voucher => voucher.Rows).First(row => row.Objects.Count > 0);
        Assert.Equal("6010", booked.Account);
        Assert.Equal(480_000, booked.AmountOre);
        Assert.Equal("1", booked.Objects["1"]);
        Assert.Equal("1", booked.Objects["6"]);
    }

    [Fact]
    public void The_specter_export_has_no_organisation_number_and_two_years()
    {
        var file = SieReader.Read(File.ReadAllBytes(Path.Combine("Exports", "specter-sie4-exempel.se"))).File!;

        Assert.Null(file.OrganisationNumber);
        Assert.Equal("SBMDEMO Lars", file.CompanyName);
        Assert.Equal([0, -1], file.FinancialYears.Select(year => year.Index));
        Assert.Equal(26, file.Vouchers.Count);
        Assert.Contains(file.OpeningBalances, balance => balance is { Year: 0, Account: "1510", AmountOre: 2_823_190 });
        Assert.Contains(file.ClosingBalances, balance => balance is { Year: 0, Account: "1510", AmountOre: 73_028_380 });
    }

    [Theory]
    [MemberData(nameof(Exports))]
    public void The_actuals_per_account_and_month_are_the_file_s_rows_summed(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine("Exports", name));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var expected = RowsSummedByHand(Encoding.GetEncoding(437).GetString(bytes));

        var actuals = SieActuals.PerAccountAndMonth(SieReader.Read(bytes).File!);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(pair => pair.Key).ToList(), actuals.OrderBy(pair => pair.Key).ToList());
    }

    // The test's own reading, line by line with two patterns: the month of the last #VER, and
    // each #TRANS row's account and amount, in öre.
    private static Dictionary<(string, DateOnly), long> RowsSummedByHand(string text)
    {
        var sums = new Dictionary<(string, DateOnly), long>();
        var month = DateOnly.MinValue;
        foreach (var line in text.Split('\n'))
        {
            if (VoucherLine().Match(line) is { Success: true } voucher)
            {
                month = new DateOnly(int.Parse(voucher.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(voucher.Groups[2].Value, CultureInfo.InvariantCulture), 1);
            }
            else if (RowLine().Match(line) is { Success: true } row)
            {
                var key = (row.Groups[1].Value, month);
                sums[key] = sums.GetValueOrDefault(key) + (long)(decimal.Parse(row.Groups[2].Value, CultureInfo.InvariantCulture) * 100);
            }
        }
        return sums;
    }

    [GeneratedRegex(@"^#VER\s+\S+\s+\S+\s+(\d{4})(\d{2})\d{2}")]
    private static partial Regex VoucherLine();

    [GeneratedRegex(@"^\s*#TRANS\s+(\S+)\s+\{[^}]*\}\s+(-?[\d.]+)")]
    private static partial Regex RowLine();
}
