namespace Finsam.Documents.Composition;

// The narrative's markup, kept as plain as a person writes an e-mail: blank lines
// separate paragraphs, "- " starts a bullet and "1. " a numbered item. As in Markdown, a
// numbered list counts from its first item's number: "2." after a paragraph that
// interrupts a list stays 2, and the items after the first count on from it, whatever
// numbers they are written with.
public static class TextMarkup
{
    public static IReadOnlyList<Block> Parse(string text)
    {
        var blocks = new List<Block>();
        var paragraph = new List<string>();
        var items = new List<string>();
        var numbered = false;
        var start = 1;

        void Flush()
        {
            if (paragraph.Count > 0)
            {
                blocks.Add(new Paragraph(string.Join(' ', paragraph)));
                paragraph.Clear();
            }
            if (items.Count > 0)
            {
                blocks.Add(new ItemList(numbered, [.. items], numbered ? start : 1));
                items.Clear();
            }
        }

        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush();
            }
            else if (Bullet(line) is { } bullet)
            {
                StartItem(isNumbered: false, bullet);
            }
            else if (NumberedItem(line) is { } item)
            {
                StartItem(isNumbered: true, item.Text, item.Number);
            }
            else if (items.Count > 0 && paragraph.Count == 0 && raw.StartsWith("  ", StringComparison.Ordinal))
            {
                // An indented line continues the item above it.
                items[^1] = $"{items[^1]} {line}";
            }
            else
            {
                if (items.Count > 0)
                {
                    Flush();
                }
                paragraph.Add(line);
            }
        }
        Flush();
        return blocks;

        void StartItem(bool isNumbered, string item, int number = 1)
        {
            if (paragraph.Count > 0 || (items.Count > 0 && numbered != isNumbered))
            {
                Flush();
            }
            if (items.Count == 0)
            {
                start = number;
            }
            numbered = isNumbered;
            items.Add(item);
        }
    }

    private static string? Bullet(string line) =>
        line.Length > 2 && line[0] is '-' or '•' or '*' && line[1] == ' ' ? line[2..].Trim() : null;

    // "12. Text": a number of one to three digits, so "2022. Ett år" stays a paragraph.
    private static (int Number, string Text)? NumberedItem(string line)
    {
        var dot = line.IndexOf(". ", StringComparison.Ordinal);
        return dot is > 0 and <= 3 && line[..dot].All(char.IsAsciiDigit)
            ? (int.Parse(line.AsSpan(0, dot), System.Globalization.CultureInfo.InvariantCulture), line[(dot + 2)..].Trim())
            : null;
    }
}
