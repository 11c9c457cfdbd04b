using Finsam.Documents.Composition;

namespace Finsam.Documents.Tests;

public sealed class SwedishFormatTests
{
    private const char Nbsp = '\u00A0';

    [Theory]
    [InlineData(184_450_000L, "1 844,5")]
    [InlineData(737_800_000L, "7 378")]
    [InlineData(-65_600_000L, "-656")]
    [InlineData(0L, "0")]
    [InlineData(100_000L, "1")]
    [InlineData(50_000L, "0,5")]
    [InlineData(4_999L, "0")]
    [InlineData(-184_450_000L, "-1 844,5")]
    [InlineData(123_456_789_000_000L, "1 234 567 890")]
    public void Tkr_are_grouped_with_a_no_break_space_and_show_a_decimal_only_when_needed(long ore, string expected) =>
        Assert.Equal(expected.Replace(' ', Nbsp), SwedishFormat.Tkr(ore));

    [Theory]
    [InlineData(425_000_000L, "4 250 000 kr")]
    [InlineData(-150L, "-2 kr")]
    [InlineData(149L, "1 kr")]
    public void Kronor_are_whole_and_carry_their_unit(long ore, string expected) =>
        Assert.Equal(expected.Replace(' ', Nbsp), SwedishFormat.KronorWithUnit(ore));

    [Fact]
    public void Dates_read_as_in_swedish_prose_and_as_iso()
    {
        Assert.Equal("26 november 2021", SwedishFormat.LongDate(new DateOnly(2021, 11, 26)));
        Assert.Equal("2021-11-26", SwedishFormat.IsoDate(new DateOnly(2021, 11, 26)));
    }

    [Theory]
    [InlineData(2022, 1, 5, "5 januari 2022")]
    [InlineData(2022, 2, 1, "1 februari 2022")]
    [InlineData(2022, 5, 31, "31 maj 2022")]
    [InlineData(2021, 8, 9, "9 augusti 2021")]
    [InlineData(2021, 9, 30, "30 september 2021")]
    [InlineData(2021, 12, 15, "15 december 2021")]
    public void A_long_date_has_no_leading_zero_and_the_swedish_month_in_lower_case(int year, int month, int day, string expected) =>
        Assert.Equal(expected, SwedishFormat.LongDate(new DateOnly(year, month, day)));

    [Theory]
    [InlineData("2021-11-26", true)]
    [InlineData("", false)]
    [InlineData("26 november 2021", false)]
    [InlineData("2021-02-30", false)]
    public void Only_a_date_written_yyyy_mm_dd_is_read_as_one(string text, bool isDate) =>
        Assert.Equal(isDate, SwedishFormat.ParseIsoDate(text) is not null);

    [Fact]
    public void Shares_are_percent_with_a_decimal_comma() =>
        Assert.Equal($"81,55{Nbsp}%", SwedishFormat.Percent(8_155));

    [FsCheck.Xunit.Property]
    public bool Every_amount_reads_back_as_the_same_number_of_kronor(long kronor)
    {
        kronor %= 1_000_000_000_000L;
        var text = SwedishFormat.Kronor(kronor * 100);
        return long.Parse(text.Replace(Nbsp.ToString(), ""), System.Globalization.CultureInfo.InvariantCulture) == kronor
            && !text.Contains(' ');
    }
}
