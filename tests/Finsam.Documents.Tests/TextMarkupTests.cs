using Finsam.Documents.Composition;

namespace Finsam.Documents.Tests;

public sealed class TextMarkupTests
{
    [Fact]
    public void Blank_lines_separate_paragraphs_and_lines_within_one_are_joined() =>
        Assert.Equal(
            [new Paragraph("Första raden fortsätter här."), new Paragraph("Andra stycket.")],
            TextMarkup.Parse("Första raden\nfortsätter här.\n\nAndra stycket."),
            new BlockComparer());

    [Fact]
    public void Dashes_make_bullets_and_numbers_make_a_numbered_list()
    {
        var blocks = TextMarkup.Parse("Uppgifter:\n\n1. Besluta om mål.\n2. Stödja samverkan.\n\n- SIP-samordnare\n- Psykolog.\n  fortsätter\nIndikator: mäts.");

        Assert.Equal(4, blocks.Count);
        Assert.Equal(new Paragraph("Uppgifter:"), blocks[0]);
        var numbered = Assert.IsType<ItemList>(blocks[1]);
        Assert.True(numbered.Numbered);
        Assert.Equal(["Besluta om mål.", "Stödja samverkan."], numbered.Items);
        var bullets = Assert.IsType<ItemList>(blocks[2]);
        Assert.False(bullets.Numbered);
        Assert.Equal(["SIP-samordnare", "Psykolog. fortsätter"], bullets.Items);
        Assert.Equal(new Paragraph("Indikator: mäts."), blocks[3]);
    }

    [Fact]
    public void A_year_or_a_minus_is_not_a_list() =>
        Assert.Equal([new Paragraph("2022. Ett år. -656 tkr")], TextMarkup.Parse("2022. Ett år.\n-656 tkr"), new BlockComparer());

    [Fact]
    public void Empty_text_is_nothing() => Assert.Empty(TextMarkup.Parse(" \n\n "));

    private sealed class BlockComparer : IEqualityComparer<Block>
    {
        public bool Equals(Block? x, Block? y) => x is ItemList a && y is ItemList b ? a.Numbered == b.Numbered && a.Items.SequenceEqual(b.Items) : Equals(x, (object?)y);

        public int GetHashCode(Block obj) => 0;
    }
}
