using System.Globalization;
using System.Text;

namespace Finsam.Hosting.Kubernetes.Model;

// A composite format string ("Host={0};Port={1}", braces doubled to be text) as text and
// placeholders in order. A placeholder with an alignment or a format of its own is refused:
// the value it formats has no text until the cluster reads it.
public static class CompositeFormat
{
    public readonly record struct Segment(string Text, int? Placeholder);

    public static IReadOnlyList<Segment> Segments(string format)
    {
        var segments = new List<Segment>();
        var text = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if ((c == '{' || c == '}') && i + 1 < format.Length && format[i + 1] == c)
            {
                text.Append(c);
                i++;
                continue;
            }
            if (c == '}')
            {
                throw new FormatException($"An unmatched '}}' at {i} in \"{format}\".");
            }
            if (c != '{')
            {
                text.Append(c);
                continue;
            }
            var end = format.IndexOf('}', i);
            if (end < 0 || !int.TryParse(format.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                throw new FormatException($"A placeholder at {i} in \"{format}\" is not a plain {{n}}.");
            }
            if (text.Length > 0)
            {
                segments.Add(new Segment(text.ToString(), null));
                text.Clear();
            }
            segments.Add(new Segment("", index));
            i = end;
        }
        if (text.Length > 0)
        {
            segments.Add(new Segment(text.ToString(), null));
        }
        return segments;
    }
}
