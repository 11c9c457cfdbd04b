namespace Finsam.Documents.Composition;

// The narrative's markup, kept as plain as a person writes an e-mail: blank lines
// separate paragraphs, "- " starts a bullet and "1. " a numbered item.
public static class TextMarkup
{
    public static IReadOnlyList<Block> Parse(string text)
    {
        var blocks = new List<Block>();
        var paragraph = new List<string>();
        var items = new List<string>();
        var numbered = false;

        void Flush()
        {
            if (paragraph.Count > 0)
            {
                blocks.Add(new Paragraph(string.Join(' ', paragraph)));
                paragraph.Clear();
            }
            if (items.Count > 0)
            {
                blocks.Add(new ItemList(numbered, [.. items]));
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
                StartItem(isNumbered: true, item);
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

        void StartItem(bool isNumbered, string item)
        {
            if (paragraph.Count > 0 || (items.Count > 0 && numbered != isNumbered))
            {
                Flush();
            }
            numbered = isNumbered;
            items.Add(item);
        }
    }

    private static string? Bullet(string line) =>
        line.Length > 2 && line[0] is '-' or '•' or '*' && line[1] == ' ' ? line[2..].Trim() : null;

    private static string? NumberedItem(string line)
    {
        var dot = line.IndexOf(". ", StringComparison.Ordinal);
        return dot is > 0 and <= 3 && line[..dot].All(char.IsAsciiDigit) ? line[(dot + 2)..].Trim() : null;
    }
}
