namespace Finsam.Sie.Tests;

public sealed class SieValuesTests
{
    [Theory]
    [InlineData("16", 1600)]
    [InlineData("-0.5", -50)]
    [InlineData("1372.00", 137_200)]
    [InlineData("-23935.95", -2_393_595)]
    [InlineData("730283.8", 73_028_380)]
    public void An_amount_is_exact_in_ore(string text, long ore)
    {
        Assert.True(SieValues.TryAmount(text, out var read));
        Assert.Equal(ore, read);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1,5")]
    [InlineData("1.005")]
    [InlineData("1e3")]
    [InlineData("12 000")]
    [InlineData("abc")]
    [InlineData("99999999999999999999999")]
    public void What_is_not_an_amount_is_refused(string text) => Assert.False(SieValues.TryAmount(text, out _));

    [Theory]
    [InlineData("20260229", false)]
    [InlineData("20280229", true)]
    [InlineData("2026-01-01", false)]
    public void A_date_is_YYYYMMDD_and_real(string text, bool valid) => Assert.Equal(valid, SieValues.TryDate(text, out _));
}
