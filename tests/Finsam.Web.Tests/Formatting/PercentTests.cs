using Finsam.Web.Formatting;

namespace Finsam.Web.Tests.Formatting;

public sealed class PercentTests
{
    [Theory]
    [InlineData("12,5", 1_250)]
    [InlineData("12.5", 1_250)]
    [InlineData("20", 2_000)]
    [InlineData("20 %", 2_000)]
    [InlineData(" 0,25 ", 25)]
    [InlineData("100", 10_000)]
    [InlineData("0", 0)]
    [InlineData("-5", -500)]
    [InlineData("\u22125", -500)]
    public void Shares_are_read_as_officers_type_them_with_a_decimal_comma(string typed, int expected)
    {
        Assert.True(Percent.TryParse(typed, out var basisPoints));
        Assert.Equal(expected, basisPoints);
    }

    [Theory]
    [InlineData("12,505")]
    [InlineData("tolv")]
    [InlineData("12,5,1")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("99999999999")]
    public void What_is_no_share_of_at_most_two_decimals_is_not_read(string? typed) =>
        Assert.False(Percent.TryParse(typed, out _));

    [Theory]
    [InlineData(1_250, "12,5")]
    [InlineData(2_000, "20")]
    [InlineData(25, "0,25")]
    [InlineData(0, "0")]
    [InlineData(10_000, "100")]
    public void Basis_points_stand_in_the_input_as_percent(int basisPoints, string expected) =>
        Assert.Equal(expected, Percent.ForInput(basisPoints));

    [Theory]
    [InlineData(1)]
    [InlineData(1_234)]
    [InlineData(9_999)]
    public void A_share_shown_reads_back_the_same(int basisPoints)
    {
        Assert.True(Percent.TryParse(Percent.ForInput(basisPoints), out var read));
        Assert.Equal(basisPoints, read);
    }
}
