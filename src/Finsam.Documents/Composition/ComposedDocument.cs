namespace Finsam.Documents.Composition;

// The document as the writers see it: what it says, in order, with no format of its
// own. DOCX, HTML and PDF are each written from one of these, so they say the same.
// DraftMark is printed on every page of a draft (Publication.DraftMark) and is null for a
// document that may be published.
public sealed record ComposedDocument(
    TitlePageContent TitlePage,
    string? DraftMark,
    bool TableOfContents,
    IReadOnlyList<Block> Body)
{
    public const string Language = "sv-SE";

    public bool IsDraft => DraftMark is not null;

    public string Title => TitlePage.Title;

    public IEnumerable<Heading> Headings => Body.OfType<Heading>();
}

// Top to bottom: the lines above the title, the facts (date, diarienummer), the title,
// the lines below it (a vision, a motto), and the adoption line.
public sealed record TitlePageContent(
    IReadOnlyList<string> Lines,
    string Title,
    IReadOnlyList<string> Facts,
    string? AdoptionLine,
    IReadOnlyList<string> LinesBelowTitle);

public abstract record Block;

public sealed record Heading(int Level, string Text) : Block;

public sealed record Paragraph(string Text) : Block;

// A numbered list counts from Start (the number its first item is written with), so a
// list that goes on after a paragraph keeps its numbers.
public sealed record ItemList(bool Numbered, IReadOnlyList<string> Items, int Start = 1) : Block;

// A table with one header row; the first column holds labels, the others figures.
public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<TableRow> Rows, string UnitNote) : Block
{
    // How many columns after the label hold text (an effort's owner, its decision), set left
    // and wrapped like the label; the rest hold figures, set right and kept on one line.
    public int TextColumns { get; init; }

    public bool IsTextColumn(int cell) => cell < TextColumns;
}

public sealed record TableRow(string Label, IReadOnlyList<string> Cells, RowStyle Style = RowStyle.Line);

public enum RowStyle
{
    Line,
    // A label that opens a group of lines, e.g. "Kostnader"; its figure cells are empty.
    Group,
    // A sum or a result, set in bold.
    Total,
}
