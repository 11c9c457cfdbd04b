using System.Text;

namespace Finsam.ServiceKit.Csv;

// Text to records as RFC 4180 has them: fields apart by the separator, a field that starts with "
// quoted to its closing " with "" for a quote inside, and a quoted field may hold separators and
// line breaks. Lines are counted as in the file (CRLF, LF or CR ends one), so a record that spans
// lines is known by the line it starts on and the next by its own.
public static class CsvRecords
{
    public static IEnumerable<CsvRecord> Split(string text, char separator, int start, int line)
    {
        var at = start;
        var field = new StringBuilder();
        while (at < text.Length)
        {
            var first = line;
            string? problem = null;
            var fields = new List<string>();
            while (true)
            {
                field.Clear();
                if (at < text.Length && text[at] == '"')
                {
                    at++;
                    var closed = false;
                    while (at < text.Length)
                    {
                        var c = text[at];
                        if (c == '"')
                        {
                            if (at + 1 < text.Length && text[at + 1] == '"')
                            {
                                field.Append('"');
                                at += 2;
                                continue;
                            }
                            at++;
                            closed = true;
                            break;
                        }
                        if (c is '\r' or '\n')
                        {
                            at = AfterLineBreak(text, at);
                            line++;
                            field.Append('\n');
                            continue;
                        }
                        field.Append(c);
                        at++;
                    }
                    if (!closed)
                    {
                        // Everything after the opening quote was taken into the field; nothing is left to read.
                        yield return new CsvRecord(first, [], "ett fält börjar med citattecken (\") men citatet avslutas aldrig");
                        yield break;
                    }
                    // Spaces after the closing quote are harmless; anything else leaves the field unclear.
                    while (at < text.Length && text[at] == ' ' && separator != ' ')
                    {
                        at++;
                    }
                    if (at < text.Length && text[at] != separator && text[at] is not ('\r' or '\n'))
                    {
                        problem ??= "ett fält har tecken efter sitt avslutande citattecken (\"); ett citattecken inne i ett fält skrivs \"\"";
                        while (at < text.Length && text[at] != separator && text[at] is not ('\r' or '\n'))
                        {
                            at++;
                        }
                    }
                }
                else
                {
                    var end = text.AsSpan(at).IndexOfAny(separator, '\r', '\n') is var found and >= 0 ? at + found : text.Length;
                    field.Append(text, at, end - at);
                    at = end;
                }
                fields.Add(field.ToString());
                if (at < text.Length && text[at] == separator)
                {
                    at++;
                    continue;
                }
                break;
            }
            if (at < text.Length)
            {
                at = AfterLineBreak(text, at);
            }
            line++;
            yield return new CsvRecord(first, fields, problem);
        }
    }

    private static int AfterLineBreak(string text, int at) =>
        text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n' ? at + 2 : at + 1;
}
