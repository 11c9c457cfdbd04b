using DocumentFormat.OpenXml.Wordprocessing;

namespace Finsam.Documents.Rendering;

// The Word styles the writer uses. Headings carry outline levels, which is what makes
// them headings to Word's contents field, its navigation pane and screen readers.
internal static class DocxStyles
{
    public static Styles Create(string font, string language) => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font, EastAsia = font },
                new FontSize { Val = "21" },
                new Languages { Val = language, EastAsia = language, Bidi = language })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraph("Normal", "Normal", isDefault: true),
        Paragraph("Title", "Title", run: [new Bold(), new FontSize { Val = "52" }]),
        Heading(1, "32"),
        Heading(2, "26"),
        Heading(3, "22"),
        Paragraph("TOCHeading", "TOC Heading", run: [new Bold(), new FontSize { Val = "32" }]),
        Contents(1),
        Contents(2),
        Contents(3),
        Paragraph("ListParagraph", "List Paragraph", paragraph: [new Indentation { Left = "720" }, new ContextualSpacing()]),
        new Style(
            new StyleName { Val = "Finsam Table" },
            new StyleTableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = "999999" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "999999" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "999999" }),
                new TableCellMarginDefault(new TopMargin { Width = "28", Type = TableWidthUnitValues.Dxa }, new BottomMargin { Width = "28", Type = TableWidthUnitValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "FinsamTable" });

    private static Style Heading(int level, string size) =>
        Paragraph($"Heading{level}", $"heading {level}",
            paragraph: [new KeepNext(), new SpacingBetweenLines { Before = level == 1 ? "360" : "240", After = "120" }, new OutlineLevel { Val = level - 1 }],
            run: [new Bold(), new FontSize { Val = size }]);

    private static Style Contents(int level) =>
        Paragraph($"TOC{level}", $"toc {level}", paragraph: [new Indentation { Left = ((level - 1) * 360).ToString(System.Globalization.CultureInfo.InvariantCulture) }, new SpacingBetweenLines { After = "60" }]);

    private static Style Paragraph(string id, string name, bool isDefault = false, OpenXmlElementList paragraph = default, OpenXmlElementList run = default)
    {
        var style = new Style(new StyleName { Val = name }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }
        else
        {
            style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" });
        }
        if (paragraph.Count > 0)
        {
            style.Append(new StyleParagraphProperties(paragraph.Elements));
        }
        if (run.Count > 0)
        {
            style.Append(new StyleRunProperties(run.Elements));
        }
        return style;
    }

    // A short list of property elements, written as a collection expression.
    [System.Runtime.CompilerServices.CollectionBuilder(typeof(OpenXmlElementList), nameof(Create))]
    internal readonly struct OpenXmlElementList(DocumentFormat.OpenXml.OpenXmlElement[] elements)
    {
        public DocumentFormat.OpenXml.OpenXmlElement[] Elements => elements ?? [];

        public int Count => Elements.Length;

        public IEnumerator<DocumentFormat.OpenXml.OpenXmlElement> GetEnumerator() => ((IEnumerable<DocumentFormat.OpenXml.OpenXmlElement>)Elements).GetEnumerator();

        public static OpenXmlElementList Create(ReadOnlySpan<DocumentFormat.OpenXml.OpenXmlElement> elements) => new(elements.ToArray());
    }
}
