using Finsam.Budget.Domain.FollowUp.Csv;

namespace Finsam.Budget.Tests.Domain.FollowUp.Csv;

public sealed class CsvValuesTests
{
    [Theory]
    [InlineData("1 234,50", 1_234_50)]
    [InlineData("1234.50", 1_234_50)]
    [InlineData("-1234,5", -1_234_50)]
    [InlineData("1 234", 1_234_00)]
    [InlineData("1\u00A0234\u00A0567,89", 1_234_567_89)]
    [InlineData("1\u202F234,05", 1_234_05)]
    [InlineData("\u22121 234,50", -1_234_50)]
    [InlineData("+7", 7_00)]
    [InlineData("  0,01 ", 1)]
    [InlineData("-0", 0)]
    [InlineData("999999999999999,99", 999_999_999_999_999_99)]
    public void Swedish_and_plain_amounts_are_read_to_the_ore(string text, long ore)
    {
        Assert.True(CsvValues.TryAmount(text, out var read));
        Assert.Equal(ore, read);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12,5x")]
    [InlineData("1,234")]
    [InlineData("1234.567")]
    [InlineData("1.234,50")]
    [InlineData("1,234.50")]
    [InlineData("1 23")]
    [InlineData("1234 567")]
    [InlineData("1  234")]
    [InlineData("12,")]
    [InlineData(",5")]
    [InlineData("- 5")]
    [InlineData("--5")]
    [InlineData("5-")]
    [InlineData("1e3")]
    [InlineData("12 kr")]
    [InlineData("(100)")]
    [InlineData("1000000000000000")]
    public void Anything_else_is_no_amount(string text) => Assert.False(CsvValues.TryAmount(text, out _));

    [Theory]
    [InlineData("2026-03", 2026, 3)]
    [InlineData("202603", 2026, 3)]
    public void A_month_is_yyyy_mm_or_yyyymm(string text, int year, int month)
    {
        Assert.True(CsvValues.TryMonth(text, out var first));
        Assert.Equal(new DateOnly(year, month, 1), first);
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-3")]
    [InlineData("20263")]
    [InlineData("2026-03-01")]
    [InlineData("mars 2026")]
    public void Other_months_are_refused(string text) => Assert.False(CsvValues.TryMonth(text, out _));

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("20260115")]
    [InlineData("2026-1-15")]
    [InlineData("15/1/2026")]
    public void A_date_is_yyyy_mm_dd_and_real(string text) => Assert.False(CsvValues.TryDate(text, out _));
}
