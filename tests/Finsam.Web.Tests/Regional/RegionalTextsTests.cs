using Finsam.Web.Components.Regional;

namespace Finsam.Web.Tests.Regional;

public sealed class RegionalTextsTests
{
    [Theory]
    [InlineData(1_950, "19,5\u00A0%")]
    [InlineData(700, "7\u00A0%")]
    [InlineData(1_234, "12,34\u00A0%")]
    [InlineData(0, "0\u00A0%")]
    public void Shares_read_in_percent_with_a_decimal_comma(int basisPoints, string expected) =>
        Assert.Equal(expected, RegionalTexts.Share(basisPoints));

    [Fact]
    public void A_change_from_last_year_carries_its_sign()
    {
        Assert.Equal("+12\u00A0345 kr", RegionalTexts.Change(1_234_500));
        Assert.StartsWith("\u2212", RegionalTexts.Change(-200_000));
        Assert.EndsWith("2\u00A0000 kr", RegionalTexts.Change(-200_000));
        Assert.Equal("0 kr", RegionalTexts.Change(0));
    }

    [Fact]
    public void Every_column_has_a_Swedish_heading_of_its_own()
    {
        var headings = Enum.GetValues<RollUpColumn>().Select(RegionalTexts.Heading).ToList();
        Assert.Equal(headings.Count, headings.Distinct().Count());
        Assert.DoesNotContain(headings, heading => Enum.GetNames<RollUpColumn>().Contains(heading));
    }
}
