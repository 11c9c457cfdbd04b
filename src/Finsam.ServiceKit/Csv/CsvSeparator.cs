namespace Finsam.ServiceKit.Csv;

// The separator, from the header line: whichever of ; tab , stands most often outside quotes,
// ; when as many (Swedish Excel's). Excel's own hint "sep=;" as the first line decides when
// present; its line is no part of the data, so the records start after it.
public static class CsvSeparator
{
    private static readonly char[] Candidates = [';', '\t', ','];

    public static (char Separator, int Start, int Line) Detect(string text)
    {
        var at = 0;
        var line = 1;
        while (at < text.Length)
        {
            var end = text.AsSpan(at).IndexOfAny('\r', '\n') is var found and >= 0 ? at + found : text.Length;
            var next = end + 1 < text.Length && text[end] == '\r' && text[end + 1] == '\n' ? end + 2 : Math.Min(end + 1, text.Length);
            var content = text.AsSpan(at, end - at).Trim();
            if (!content.IsEmpty)
            {
                if (content.Length == 5 && content.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && content[4] != '"')
                {
                    return (content[4], next, line + 1);
                }
                return (MostFrequent(content), 0, 1);
            }
            at = next;
            line++;
        }
        return (Candidates[0], 0, 1);
    }

    private static char MostFrequent(ReadOnlySpan<char> header)
    {
        Span<int> counts = stackalloc int[Candidates.Length];
        var quoted = false;
        foreach (var c in header)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && Array.IndexOf(Candidates, c) is var index and >= 0)
            {
                counts[index]++;
            }
        }
        var best = 0;
        for (var i = 1; i < Candidates.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }
        return Candidates[best];
    }
}
