using Finsam.Grants.Domain.Participation;

namespace Finsam.Grants.Tests.Domain.Participation;

public sealed class SmallCountsTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void One_to_four_is_small_and_nought_is_not(int count, bool small)
    {
        Assert.Equal(small, SmallCounts.IsSmall(count));
    }

    [Fact]
    public void A_small_count_is_shown_as_fewer_than_five_and_a_large_one_as_it_is()
    {
        var (cells, total) = SmallCounts.Mask([3, 12, 9], 24);

        Assert.Equal(["< 5", "–", "12"], new[] { cells[0], cells[2], cells[1] }.Select(cell => cell.ToString()));
        Assert.Equal("24", total.ToString());
    }

    [Fact]
    public void A_single_hidden_cell_is_never_the_total_less_the_cells_shown()
    {
        // Women 2, men 20 of 22: showing 22 and 20 would give the 2 away.
        var (cells, total) = SmallCounts.Mask([2, 20], 22);

        Assert.Equal([CountMasking.Small, CountMasking.Protecting], cells.Select(cell => cell.Masking));
        Assert.Equal(CountMasking.Shown, total.Masking);
        Assert.True(NotRecoverable(cells, total));
    }

    [Fact]
    public void Where_nothing_else_can_hide_it_the_total_is_hidden()
    {
        var (cells, total) = SmallCounts.Mask([3, 0, 0], 9);

        Assert.Equal(CountMasking.Small, cells[0].Masking);
        Assert.Equal(CountMasking.Protecting, total.Masking);
    }

    [Fact]
    public void A_small_total_is_small_itself()
    {
        Assert.Equal("< 5", SmallCounts.Mask([1, 2], 3).Total.ToString());
    }

    [Fact]
    public void A_total_hidden_for_one_breakdown_is_hidden_for_every_breakdown_of_it()
    {
        // By gender nothing is small; by age one band is, and only noughts are left beside it.
        var (breakdowns, total) = SmallCounts.Mask([[6, 7], [4, 0, 0]], 13);

        Assert.Equal(CountMasking.Protecting, total.Masking);
        Assert.All(breakdowns[0], cell => Assert.Equal(CountMasking.Shown, cell.Masking));
    }

    // Every breakdown drawn at random: no hidden cell is alone among shown cells and a shown total.
    [Fact]
    public void No_random_breakdown_leaves_a_small_cell_recoverable()
    {
        var random = new Random(5);
        for (var run = 0; run < 2_000; run++)
        {
            var counts = Enumerable.Range(0, random.Next(1, 6)).Select(_ => random.Next(0, 12)).ToList();
            var (cells, total) = SmallCounts.Mask(counts, counts.Sum());
            Assert.True(NotRecoverable(cells, total), string.Join(", ", counts));
            Assert.All(cells.Where(cell => SmallCounts.IsSmall(cell.Count)), cell => Assert.NotEqual(CountMasking.Shown, cell.Masking));
        }
    }

    // With the total shown, hidden cells must be none or at least two.
    private static bool NotRecoverable(IReadOnlyList<MaskedCount> cells, MaskedCount total) =>
        total.Masking != CountMasking.Shown || cells.Count(cell => cell.Masking != CountMasking.Shown) != 1;
}
