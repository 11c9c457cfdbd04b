using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Finsam.SystemTests.Documents;

// A DOCX read back with the Open XML SDK, as Word would see it.
public sealed class DocxContent
{
    private DocxContent(byte[] docx)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        var main = package.MainDocumentPart!;
        var body = main.Document!.Body!;
        Headings = [.. body.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading", StringComparison.Ordinal) == true)
            .Select(p => (int.Parse(p.ParagraphProperties!.ParagraphStyleId!.Val!.Value!["Heading".Length..]), p.InnerText))];
        Tables = [.. body.Elements<Table>().Select(t => t.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToArray())];
        HeaderRowsMarked = body.Elements<Table>().All(t => t.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>() is not null);
        FiguresRightAligned = body.Elements<Table>().SelectMany(t => t.Elements<TableRow>()).SelectMany(r => r.Elements<TableCell>().Skip(1))
            .All(c => c.Descendants<Justification>().Any(j => j.Val?.Value == JustificationValues.Right));
        HasContentsField = body.Descendants<FieldCode>().Any(f => f.Text.Contains("TOC", StringComparison.Ordinal));
        Language = main.StyleDefinitionsPart?.Styles?.DocDefaults?.Descendants<Languages>().FirstOrDefault()?.Val?.Value;
        HeadingStylesHaveOutlineLevels = main.StyleDefinitionsPart!.Styles!.Elements<Style>()
            .Where(s => s.StyleId?.Value?.StartsWith("Heading", StringComparison.Ordinal) == true)
            .All(s => s.StyleParagraphProperties?.OutlineLevel is not null);
        PageHeaders = [.. main.HeaderParts.Select(h => h.Header!.InnerText)];
        PageFooters = [.. main.FooterParts.Select(f => f.Footer!.InnerText)];
        Text = body.InnerText;
        var size = body.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;
        PageSizeTwips = ((int)size.Width!.Value, (int)size.Height!.Value);
    }

    public IReadOnlyList<(int Level, string Text)> Headings { get; }

    public IReadOnlyList<string[][]> Tables { get; }

    public bool HeaderRowsMarked { get; }

    public bool FiguresRightAligned { get; }

    public bool HasContentsField { get; }

    public string? Language { get; }

    public bool HeadingStylesHaveOutlineLevels { get; }

    public IReadOnlyList<string> PageHeaders { get; }

    public IReadOnlyList<string> PageFooters { get; }

    public string Text { get; }

    public (int Width, int Height) PageSizeTwips { get; }

    public static DocxContent Read(byte[] docx) => new(docx);

    public bool HasRow(string label, string[] figures) =>
        Tables.SelectMany(t => t).Any(row => row.Length == figures.Length + 1
            && row[0] == label
            && row.Skip(1).Select(ReferenceTables.Compact).SequenceEqual(figures.Select(ReferenceTables.Compact)));
}
