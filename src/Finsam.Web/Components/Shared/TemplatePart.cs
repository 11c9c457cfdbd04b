using Finsam.Contracts.Documents.V1;

namespace Finsam.Web.Components.Shared;

// What a part of the document holds under its heading.
public enum PartContent
{
    Section,
    Table,
    HeadingOnly,
}

public enum HeadingLevel
{
    One = 1,
    Two = 2,
    Three = 3,
}

// One part of the document template as the form edits it: the contract's oneof as a choice,
// so switching between a section and a table keeps what was typed in either.
public sealed class PartRow
{
    public HeadingLevel Level { get; set; } = HeadingLevel.One;
    public string Heading { get; set; } = "";
    public PartContent Content { get; set; }
    public string Section { get; set; } = "";
    public TableKind Table { get; set; } = TableKind.BudgetWithPlan;

    public static PartRow From(DocumentPart part) => new()
    {
        Level = Enum.IsDefined((HeadingLevel)part.Level) ? (HeadingLevel)part.Level : HeadingLevel.One,
        Heading = part.Heading,
        Content = part.ContentCase switch
        {
            DocumentPart.ContentOneofCase.Section => PartContent.Section,
            DocumentPart.ContentOneofCase.Table => PartContent.Table,
            _ => PartContent.HeadingOnly,
        },
        Section = part.Section,
        Table = part.ContentCase == DocumentPart.ContentOneofCase.Table ? part.Table : TableKind.BudgetWithPlan,
    };

    public DocumentPart ToPart()
    {
        var part = new DocumentPart { Level = (int)Level, Heading = Heading };
        switch (Content)
        {
            case PartContent.Section:
                part.Section = Section.Trim();
                break;
            case PartContent.Table:
                part.Table = Table;
                break;
        }
        return part;
    }
}
