using DocumentFormat.OpenXml.Packaging;
using Finsam.Documents.Composition;
using Finsam.Documents.Rendering;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Finsam.Documents.Tests;

public sealed class DocxWriterTests
{
    private static ComposedDocument Document(params Block[] body) =>
        new(new TitlePageContent([], "Verksamhetsplan", [], null, []), DraftMark: null, TableOfContents: true, body);

    [Fact]
    public void Control_characters_are_left_out_and_other_characters_kept()
    {
        var docx = DocxWriter.Write(Document(new Heading(1, "Mål 🎯"), new Paragraph("Rad\vett\u0001 och två")));

        using var package = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        var text = package.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Mål 🎯", text);
        Assert.Contains("Radett och två", text);
    }

    [Fact]
    public void A_numbered_list_that_goes_on_after_a_paragraph_has_a_numbering_that_starts_at_its_own_number()
    {
        var docx = DocxWriter.Write(Document(new ItemList(true, ["Ett"]), new Paragraph("Emellan."), new ItemList(true, ["Två", "Tre"], 2)));

        using var package = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        var main = package.MainDocumentPart!;
        var numbering = main.NumberingDefinitionsPart!.Numbering!;
        int StartOf(string item)
        {
            var paragraph = main.Document!.Body!.Elements<W.Paragraph>().Single(p => p.InnerText == item);
            var id = paragraph.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
            var instance = numbering.Elements<W.NumberingInstance>().Single(n => n.NumberID!.Value == id);
            return instance.Elements<W.LevelOverride>().Single(o => o.LevelIndex!.Value == 0).StartOverrideNumberingValue!.Val!.Value;
        }
        Assert.Equal((1, 2, 2), (StartOf("Ett"), StartOf("Två"), StartOf("Tre")));
    }

    [Fact]
    public void The_title_page_has_the_lines_below_the_title_after_it()
    {
        var page = new TitlePageContent(["SAMORDNINGSFÖRBUNDET"], "Verksamhetsplan 2022", [], "Antagen av styrelsen den 26 november 2021", ["Samverkan som gör skillnad"]);
        var docx = DocxWriter.Write(new ComposedDocument(page, DraftMark: null, TableOfContents: false, []));

        using var package = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        var lines = package.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0);
        Assert.Equal(["SAMORDNINGSFÖRBUNDET", "Verksamhetsplan 2022", "Samverkan som gör skillnad", "Antagen av styrelsen den 26 november 2021"], lines);
    }

    [Fact]
    public void The_same_document_is_the_same_bytes() =>
        Assert.Equal(DocxWriter.Write(Document(new Paragraph("Samma"))), DocxWriter.Write(Document(new Paragraph("Samma"))));
}
