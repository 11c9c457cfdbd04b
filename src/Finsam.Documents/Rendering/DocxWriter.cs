using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Finsam.Documents.Composition;
using Block = Finsam.Documents.Composition.Block;
using Heading = Finsam.Documents.Composition.Heading;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Finsam.Documents.Rendering;

// A Word document with real heading styles (which Word's navigation, its contents
// field and screen readers use), a contents field, and tables whose header row is
// marked as such and whose figures are right-aligned.
public static class DocxWriter
{
    private const string Font = "Arial";

    // Zip entries carry a time; a fixed one keeps the same document byte for byte.
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Write(ComposedDocument document)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // Parts get fixed relationship ids: the SDK's own are random.
            var main = package.AddMainDocumentPart();
            package.ChangeIdOfPart(main, "rIdMain");
            var core = package.AddCoreFilePropertiesPart();
            package.ChangeIdOfPart(core, "rIdCore");
            WriteCoreProperties(core, document.Title);
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = DocxStyles.Create(Font, ComposedDocument.Language);
            var numbering = new DocxNumbering();
            var settings = main.AddNewPart<DocumentSettingsPart>("rIdSettings");
            // Word fills in the contents' page numbers when it opens the file.
            settings.Settings = new Settings(new UpdateFieldsOnOpen { Val = true });

            var body = new Body();
            WriteTitlePage(body, document);
            if (document.TableOfContents)
            {
                WriteContents(body, document);
            }
            foreach (var block in document.Body)
            {
                WriteBlock(body, block, numbering);
            }

            var footer = main.AddNewPart<FooterPart>("rIdFooter");
            footer.Footer = PageFooter(document.DraftMark);
            var section = new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) });
            if (document.DraftMark is { } draftMark)
            {
                var header = main.AddNewPart<HeaderPart>("rIdHeader");
                header.Header = new Header(new Paragraph(
                    new ParagraphProperties(new Justification { Val = JustificationValues.Right }),
                    new Run(new RunProperties(new Bold(), new Color { Val = "AA0000" }), new Text(draftMark))));
                section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) });
            }
            section.Append(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1247, Bottom = 1361, Left = 1134, Right = 1134, Header = 567, Footer = 567, Gutter = 0 });
            body.Append(section);

            main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = numbering.Build();
            main.Document = new Document(body);
        }
        return WithFixedEntryTimes(stream.ToArray());
    }

    // Title and language, which accessibility checkers read; no times, so the same
    // document stays the same bytes.
    private static void WriteCoreProperties(CoreFilePropertiesPart part, string title)
    {
        XNamespace cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        var properties = new XDocument(new XElement(cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", cp),
            new XAttribute(XNamespace.Xmlns + "dc", dc),
            new XElement(dc + "title", title),
            new XElement(dc + "language", ComposedDocument.Language)));
        using var stream = part.GetStream(FileMode.Create);
        properties.Save(stream);
    }

    private static void WriteTitlePage(Body body, ComposedDocument document)
    {
        var page = document.TitlePage;
        foreach (var line in page.Lines)
        {
            body.Append(Centered(line, bold: true, size: 32));
        }
        foreach (var fact in page.Facts)
        {
            body.Append(Centered(fact));
        }
        body.Append(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Title" }, new Justification { Val = JustificationValues.Center }, new SpacingBetweenLines { Before = "2400", After = "1200" }),
            new Run(new Text(XmlSafe(page.Title)))));
        foreach (var line in page.LinesBelowTitle)
        {
            body.Append(Centered(line, italic: true, size: 28));
        }
        if (document.DraftMark is { } draftMark)
        {
            body.Append(Centered(draftMark, bold: true));
        }
        if (page.AdoptionLine is { } adoption)
        {
            body.Append(Centered(adoption));
        }
        body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
    }

    // Word's own contents field, filled in with the headings so that it reads right
    // before Word has updated it.
    private static void WriteContents(Body body, ComposedDocument document)
    {
        body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TOCHeading" }), new Run(new Text("Innehåll"))));
        body.Append(new Paragraph(
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" TOC \\o \"1-3\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate })));
        foreach (var heading in document.Headings)
        {
            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = $"TOC{heading.Level}" }), new Run(new Text(XmlSafe(heading.Text)))));
        }
        body.Append(new Paragraph(new Run(new FieldChar { FieldCharType = FieldCharValues.End })));
        body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
    }

    private static void WriteBlock(Body body, Block block, DocxNumbering numbering)
    {
        switch (block)
        {
            case Heading heading:
                body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{heading.Level}" }), new Run(new Text(XmlSafe(heading.Text)) { Space = SpaceProcessingModeValues.Preserve })));
                break;
            case Composition.Paragraph paragraph:
                body.Append(new Paragraph(new Run(new Text(XmlSafe(paragraph.Text)) { Space = SpaceProcessingModeValues.Preserve })));
                break;
            case ItemList list:
                var numberingId = numbering.NewList(list.Numbered, list.Start);
                foreach (var item in list.Items)
                {
                    body.Append(new Paragraph(
                        new ParagraphProperties(
                            new ParagraphStyleId { Val = "ListParagraph" },
                            new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numberingId })),
                        new Run(new Text(XmlSafe(item)) { Space = SpaceProcessingModeValues.Preserve })));
                }
                break;
            case Composition.Table table:
                body.Append(new Paragraph(
                    new ParagraphProperties(new Justification { Val = JustificationValues.Right }, new KeepNext()),
                    new Run(new RunProperties(new Italic(), new FontSize { Val = "18" }), new Text(XmlSafe(table.UnitNote)))));
                body.Append(WriteTable(table));
                body.Append(new Paragraph());
                break;
        }
    }

    private static Table WriteTable(Composition.Table table)
    {
        var columns = table.Header.Count;
        var figures = columns - 1 - table.TextColumns;
        var labelWidth = columns <= 2 ? 6500 : 9638 - (columns - 1) * 1300;
        var figureWidth = columns <= 1 ? 0 : (9638 - labelWidth) / (columns - 1);
        if (table.TextColumns > 0)
        {
            // Figures keep their width; the label and the text columns share the rest.
            figureWidth = 1300;
            labelWidth = (9638 - figures * figureWidth) / (1 + table.TextColumns);
        }

        var result = new Table(new TableProperties(
            new TableStyle { Val = "FinsamTable" },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableLook { FirstRow = true, FirstColumn = true, Val = "04A0" },
            new TableCaption { Val = table.UnitNote }));
        result.Append(new TableGrid(Enumerable.Range(0, columns).Select(i => new GridColumn
        {
            Width = (i == 0 || table.IsTextColumn(i - 1) ? labelWidth : figureWidth).ToString(System.Globalization.CultureInfo.InvariantCulture),
        })));

        // The header row repeats on each page and tells a screen reader what a column is.
        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        header.Append(table.Header.Select((text, i) => Cell(text, bold: true, right: i > 0 && !table.IsTextColumn(i - 1))));
        result.Append(header);
        foreach (var row in table.Rows)
        {
            var bold = row.Style != RowStyle.Line;
            var line = new TableRow(new TableRowProperties(new CantSplit()), Cell(row.Label, bold));
            line.Append(row.Cells.Select((cell, i) => Cell(cell, bold, right: !table.IsTextColumn(i))));
            result.Append(line);
        }
        return result;
    }

    private static TableCell Cell(string text, bool bold = false, bool right = false)
    {
        var properties = new ParagraphProperties(new SpacingBetweenLines { Before = "20", After = "20" });
        if (right)
        {
            properties.Append(new Justification { Val = JustificationValues.Right });
        }
        var run = new Run(new Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }
        return new TableCell(new Paragraph(properties, run));
    }

    private static Paragraph Centered(string text, bool bold = false, bool italic = false, int size = 0)
    {
        var run = new Run(new Text(XmlSafe(text)));
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }
        if (italic)
        {
            properties.Append(new Italic());
        }
        if (size > 0)
        {
            properties.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
        run.PrependChild(properties);
        return new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), run);
    }

    private static Footer PageFooter(string? draftMark)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        if (draftMark is not null)
        {
            paragraph.Append(new Run(new RunProperties(new Bold(), new Color { Val = "AA0000" }), new Text($"{draftMark} · ") { Space = SpaceProcessingModeValues.Preserve }));
        }
        paragraph.Append(new Run(new Text("Sida ") { Space = SpaceProcessingModeValues.Preserve }));
        paragraph.Append(Field("PAGE"));
        paragraph.Append(new Run(new Text(" av ") { Space = SpaceProcessingModeValues.Preserve }));
        paragraph.Append(Field("NUMPAGES"));
        return new Footer(paragraph);
    }

    private static SimpleField Field(string instruction) =>
        new(new Run(new Text("1"))) { Instruction = $" {instruction} " };

    // Word's XML cannot hold control characters (a vertical tab pasted from elsewhere, a
    // form feed in an effort's name): they are left out rather than fail the document.
    private static string XmlSafe(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text, i++, 2);
            }
        }
        return kept.Length == text.Length ? text : kept.ToString();
    }

    private static byte[] WithFixedEntryTimes(byte[] docx)
    {
        using var input = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = EntryTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }
}
