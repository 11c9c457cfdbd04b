using System.Text;

namespace Finsam.Sie;

// A line split into its fields as the format says: separated by spaces or tabs, text in quotes
// with \" for a quote inside, an object list between braces.
public static class SieLine
{
    public static bool TrySplit(string line, out List<SieToken> tokens, out string? problem)
    {
        tokens = [];
        problem = null;
        var i = 0;
        while (true)
        {
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                i++;
            }
            if (i >= line.Length)
            {
                return true;
            }
            if (line[i] == '{')
            {
                var close = line.IndexOf('}', i + 1);
                if (close < 0)
                {
                    problem = "objektlistan saknar avslutande }";
                    return false;
                }
                var inner = line[(i + 1)..close];
                if (!TrySplit(inner, out var parts, out problem) || parts.Any(part => part.IsObjectList))
                {
                    problem ??= "en objektlista kan inte innehålla en annan";
                    return false;
                }
                tokens.Add(new SieToken("{}", [.. parts.Select(part => part.Text)]));
                i = close + 1;
            }
            else if (line[i] == '"')
            {
                var text = new StringBuilder();
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        // Real exports cut a long text short, closing quote and all: the text
                        // then runs to the end of the line.
                        break;
                    }
                    if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] == '"')
                    {
                        text.Append('"');
                        i += 2;
                    }
                    else if (line[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        text.Append(line[i++]);
                    }
                }
                tokens.Add(new SieToken(text.ToString()));
            }
            else
            {
                var start = i;
                while (i < line.Length && line[i] is not (' ' or '\t' or '{' or '"'))
                {
                    i++;
                }
                tokens.Add(new SieToken(line[start..i]));
            }
        }
    }
}
