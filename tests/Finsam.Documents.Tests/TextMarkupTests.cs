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
    public void A_numbered_list_that_goes_on_after_a_paragraph_keeps_its_numbers()
    {
        var blocks = TextMarkup.Parse("1. Besluta om mål.\nDet första är styrelsens.\n2. Stödja samverkan.\n3. Finansiera insatser.\n\nMellan dem en text.\n\n4. Följa upp.");

        Assert.Equal(
            [
                new ItemList(true, ["Besluta om mål."], 1),
                new Paragraph("Det första är styrelsens."),
                new ItemList(true, ["Stödja samverkan.", "Finansiera insatser."], 2),
                new Paragraph("Mellan dem en text."),
                new ItemList(true, ["Följa upp."], 4),
            ],
            blocks,
            new BlockComparer());
    }

    [Fact]
    public void A_list_counts_from_its_first_number_whatever_the_others_are_written_with() =>
        Assert.Equal(
            [new ItemList(true, ["Tredje", "Fjärde", "Femte"], 3), new ItemList(false, ["Punkt"])],
            TextMarkup.Parse("3. Tredje\n3. Fjärde\n9. Femte\n- Punkt"),
            new BlockComparer());

    [Fact]
    public void A_year_or_a_minus_is_not_a_list() =>
        Assert.Equal([new Paragraph("2022. Ett år. -656 tkr")], TextMarkup.Parse("2022. Ett år.\n-656 tkr"), new BlockComparer());

    [Fact]
    public void Empty_text_is_nothing() => Assert.Empty(TextMarkup.Parse(" \n\n "));

    private sealed class BlockComparer : IEqualityComparer<Block>
    {
        public bool Equals(Block? x, Block? y) => x is ItemList a && y is ItemList b
            ? (a.Numbered, a.Start) == (b.Numbered, b.Start) && a.Items.SequenceEqual(b.Items)
            : Equals(x, (object?)y);

        public int GetHashCode(Block obj) => 0;
    }
}
