using System.Text;

namespace Finsam.Gateway.HttpRules;

// The path of a google.api.http rule, read by its grammar:
//   Template = "/" Segments [ ":" Verb ] ; Segment = "*" | "**" | LITERAL | Variable ;
//   Variable = "{" FieldPath [ "=" Segments ] "}"
// A resource-name variable such as {name=federations/*/efforts/*} becomes one path
// parameter per "*" (federations/{federation}/efforts/{effort}), as a client writes the URL;
// the custom verb (":compute") is kept apart, since it is no part of the last segment.
internal sealed class PathTemplate
{
    private PathTemplate(string template, IReadOnlyList<PathSegment> segments, string? verb)
    {
        Template = template;
        Segments = segments;
        Verb = verb;
    }

    // As the contract writes it: "/v1/{name=federations/*/budgets/*}:compute".
    public string Template { get; }

    public IReadOnlyList<PathSegment> Segments { get; }

    // The custom verb without its colon ("compute"), or null.
    public string? Verb { get; }

    public IEnumerable<PathSegment> Parameters => Segments.Where(s => s.IsParameter);

    // The request fields the path fills: "name", "budget.name".
    public IReadOnlySet<string> BoundFields => Segments.Select(s => s.Field).OfType<string>().ToHashSet(StringComparer.Ordinal);

    // As a client writes it: "/v1/federations/{federation}/budgets/{budget}:compute".
    public string ClientPath
    {
        get
        {
            var path = new StringBuilder();
            foreach (var segment in Segments)
            {
                path.Append('/').Append(segment.IsParameter ? $"{{{segment.Name}}}" : segment.Literal);
            }
            return Verb is null ? path.ToString() : path.Append(':').Append(Verb).ToString();
        }
    }

    public static PathTemplate Parse(string template)
    {
        if (!template.StartsWith('/') || template.Length < 2)
        {
            throw Invalid(template, "it does not start with '/'");
        }

        var parts = TopLevelParts(template);
        var verb = SplitVerb(template, parts);
        var segments = new List<PathSegment>();
        foreach (var part in parts)
        {
            if (part.StartsWith('{'))
            {
                if (!part.EndsWith('}') || part.Length < 3)
                {
                    throw Invalid(template, $"'{part}' is not a whole variable");
                }
                AddVariable(template, part[1..^1], segments);
            }
            else if (part is "*" or "**")
            {
                segments.Add(Wildcard(segments, previous: segments.LastOrDefault()?.Literal, field: null, part == "**"));
            }
            else if (part.Length == 0 || part.IndexOfAny(['{', '}', '*']) >= 0)
            {
                throw Invalid(template, $"'{part}' is neither a literal, a wildcard nor a variable");
            }
            else
            {
                segments.Add(PathSegment.Of(part));
            }
        }
        return new PathTemplate(template, segments, verb);
    }

    private static void AddVariable(string template, string variable, List<PathSegment> segments)
    {
        var equals = variable.IndexOf('=');
        var field = equals < 0 ? variable : variable[..equals];
        if (field.Length == 0)
        {
            throw Invalid(template, $"'{{{variable}}}' names no field");
        }
        var pattern = (equals < 0 ? "*" : variable[(equals + 1)..]).Split('/');
        for (var s = 0; s < pattern.Length; s++)
        {
            if (pattern[s] is "*" or "**")
            {
                // The first "*" is named for the field, each later one for the collection before it.
                var previous = s > 0 ? pattern[s - 1] : null;
                segments.Add(Wildcard(segments, previous, field, pattern[s] == "**"));
            }
            else if (pattern[s].Length == 0 || pattern[s].IndexOfAny(['{', '}', '*']) >= 0)
            {
                throw Invalid(template, $"'{pattern[s]}' in '{{{variable}}}' is neither a literal nor a wildcard");
            }
            else
            {
                segments.Add(PathSegment.Of(pattern[s]) with { Field = field });
            }
        }
    }

    private static PathSegment Wildcard(List<PathSegment> before, string? previous, string? field, bool multiSegment)
    {
        var name = previous is not null ? Singular(previous) : field?.Split('.')[^1] ?? "segment";
        while (before.Any(p => p.Name == name))
        {
            name += "_";
        }
        return new PathSegment(Literal: null, Name: name, Field: field, IsMultiSegment: multiSegment);
    }

    // Splits at every '/' outside braces: "/v1/{name=a/*}:x" → "v1", "{name=a/*}:x".
    private static List<string> TopLevelParts(string template)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 1;
        for (var i = 1; i < template.Length; i++)
        {
            switch (template[i])
            {
                case '{':
                    depth++;
                    break;
                case '}':
                    depth--;
                    break;
                case '/' when depth == 0:
                    parts.Add(template[start..i]);
                    start = i + 1;
                    break;
            }
            if (depth is < 0 or > 1)
            {
                throw Invalid(template, "its braces do not pair");
            }
        }
        if (depth != 0)
        {
            throw Invalid(template, "its braces do not pair");
        }
        parts.Add(template[start..]);
        return parts;
    }

    // The verb follows the last segment: after its closing brace, or after a colon in a literal.
    private static string? SplitVerb(string template, List<string> parts)
    {
        var last = parts[^1];
        var colon = last.LastIndexOf(':');
        if (colon < 0 || colon < last.LastIndexOf('}'))
        {
            return null;
        }
        var verb = last[(colon + 1)..];
        if (verb.Length == 0 || verb.IndexOfAny(['{', '}', '*', '/']) >= 0)
        {
            throw Invalid(template, $"':{verb}' is not a custom verb");
        }
        parts[^1] = last[..colon];
        return verb;
    }

    private static string Singular(string collection) => collection switch
    {
        "people" => "person",
        _ when collection.EndsWith("ies", StringComparison.Ordinal) => collection[..^3] + "y",
        _ when collection.EndsWith('s') => collection[..^1],
        _ => collection,
    };

    private static FormatException Invalid(string template, string why) =>
        new($"The HTTP path template '{template}' cannot be read: {why}.");
}

// One segment of a path: a literal ("budgets"), or a parameter that one "*" (one segment)
// or "**" (the rest of the path) fills, named as a client writes it; Field is the request
// field a variable fills, null for a wildcard outside any variable.
internal sealed record PathSegment(string? Literal, string? Name, string? Field, bool IsMultiSegment)
{
    public bool IsParameter => Literal is null;

    public static PathSegment Of(string literal) => new(literal, Name: null, Field: null, IsMultiSegment: false);
}
