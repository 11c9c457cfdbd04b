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
