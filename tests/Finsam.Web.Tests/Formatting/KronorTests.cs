using Finsam.Web.Formatting;

namespace Finsam.Web.Tests.Formatting;

public sealed class KronorTests
{
    // Swedish puts a no-break space between thousands.
    private const char Space = '\u00A0';

    [Theory]
    [InlineData(184_450_000, "1 844 500 kr")]
    [InlineData(0, "0 kr")]
    [InlineData(-25_000_000, "−250 000 kr")]
    [InlineData(184_450_050, "1 844 500,50 kr")]
    public void Amounts_read_as_the_federations_write_them(long ore, string expected) =>
        Assert.Equal(expected, Plain(Kronor.Format(ore)));

    [Fact]
    public void Thousands_are_kept_together_on_one_line() =>
        Assert.Equal($"1{Space}844{Space}500 kr", Kronor.Format(184_450_000));

    [Theory]
    [InlineData(184_450_000, "1 844,5 tkr")]
    [InlineData(184_460_000, "1 844,6 tkr")]
    [InlineData(184_444_999, "1 844,4 tkr")]
    [InlineData(184_445_000, "1 844,5 tkr")]
    [InlineData(-184_445_000, "−1 844,5 tkr")]
    [InlineData(5_000, "0,1 tkr")]
    public void Thousands_of_kronor_keep_one_decimal_rounded_half_away_from_zero(long ore, string expected) =>
        Assert.Equal(expected, Plain(Kronor.FormatTkr(ore)));

    [Theory]
    [InlineData("1 844 500", 184_450_000)]
    [InlineData("1844500", 184_450_000)]
    [InlineData("1\u00A0844\u00A0500 kr", 184_450_000)]
    [InlineData("1 844 500,50", 184_450_050)]
    [InlineData("1844500.5", 184_450_050)]
    [InlineData("-250 000", -25_000_000)]
    [InlineData("\u2212250 000", -25_000_000)]
    [InlineData(" 0 ", 0)]
    public void Kronor_are_read_as_officers_type_them(string typed, long ore)
    {
        Assert.True(Kronor.TryParse(typed, out var read), typed);
        Assert.Equal(ore, read);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ett tusen")]
    [InlineData("1 844 500,505")]
    [InlineData("1,2,3")]
    [InlineData("99999999999999999999")]
    public void What_is_no_amount_in_whole_ore_is_refused(string typed) =>
        Assert.False(Kronor.TryParse(typed, out _), typed);

    [Fact]
    public void Thousands_of_kronor_are_read_to_the_ore()
    {
        Assert.True(Kronor.TryParseTkr("1 844,5", out var ore));
        Assert.Equal(184_450_000, ore);
        Assert.False(Kronor.TryParseTkr("1,123456", out _));
    }

    [Theory]
    [InlineData(184_450_000)]
    [InlineData(184_450_050)]
    [InlineData(-1)]
    public void What_an_input_shows_reads_back_to_the_same_amount(long ore)
    {
        Assert.True(Kronor.TryParse(Kronor.ForInput(ore), out var read));
        Assert.Equal(ore, read);
    }

    private static string Plain(string text) => text.Replace(Space, ' ');
}
