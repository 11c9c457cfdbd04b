using DocumentFormat.OpenXml.Packaging;
using Finsam.Documents.Composition;
using Finsam.Documents.Rendering;

namespace Finsam.Documents.Tests;

public sealed class DocxWriterTests
{
    private static ComposedDocument Document(params Block[] body) =>
        new(new TitlePageContent([], "Verksamhetsplan", [], null), IsDraft: false, TableOfContents: true, body);

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
    public void The_same_document_is_the_same_bytes() =>
        Assert.Equal(DocxWriter.Write(Document(new Paragraph("Samma"))), DocxWriter.Write(Document(new Paragraph("Samma"))));
}
