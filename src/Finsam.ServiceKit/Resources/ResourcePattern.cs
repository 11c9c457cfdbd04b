using System.Globalization;
using Finsam.ServiceKit.Grpc;

namespace Finsam.ServiceKit.Resources;

// A resource name's shape (AIP-122), written as the contracts write it:
// "federations/{federation}/budgets/{year:int}". It builds names and parses them; a
// variable is one id (ResourceId), or digits when marked ":int".
public sealed class ResourcePattern
{
    private readonly Segment[] _segments;

    private ResourcePattern(string template, Segment[] segments)
    {
        Template = template;
        _segments = segments;
    }

    public string Template { get; }

    // The form a caller is told to use: "federations/{federation}/budgets/{year}".
    public string Expected => string.Join('/', _segments.Select(s => s.Variable is null ? s.Literal : $"{{{s.Variable}}}"));

    public static ResourcePattern Of(string template)
    {
        var segments = template.Split('/').Select(Segment.Of).ToArray();
        var variables = segments.Where(s => s.Variable is not null).Select(s => s.Variable!).ToList();
        if (variables.Count != variables.Distinct(StringComparer.Ordinal).Count())
        {
            throw new ArgumentException($"A variable appears twice in '{template}'.", nameof(template));
        }
        return new ResourcePattern(template, segments);
    }

    // The name of the resource with these ids, in the template's order.
    public string Format(params ReadOnlySpan<object> ids)
    {
        var values = new string[_segments.Length];
        var next = 0;
        for (var i = 0; i < _segments.Length; i++)
        {
            if (_segments[i].Variable is null)
            {
                values[i] = _segments[i].Literal;
                continue;
            }
            if (next >= ids.Length)
            {
                throw new ArgumentException($"'{Template}' needs more ids.", nameof(ids));
            }
            values[i] = Convert.ToString(ids[next++], CultureInfo.InvariantCulture)!;
        }
        if (next != ids.Length)
        {
            throw new ArgumentException($"'{Template}' takes {next} ids.", nameof(ids));
        }
        return string.Join('/', values);
    }

    public ResourceName? Match(string name)
    {
        var parts = name.Split('/');
        if (parts.Length != _segments.Length)
        {
            return null;
        }
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < parts.Length; i++)
        {
            if (!_segments[i].Accepts(parts[i]))
            {
                return null;
            }
            if (_segments[i].Variable is { } variable)
            {
                ids[variable] = parts[i];
            }
        }
        return new ResourceName(name, ids);
    }

    // The parsed name, or a field violation that shows the expected form.
    public ResourceName? Parse(string name, string field, FieldViolations violations)
    {
        var parsed = Match(name);
        if (parsed is null)
        {
            violations.Add(field, name.Length == 0 ? ViolationReason.Required : ViolationReason.InvalidFormat, $"Expected {Expected}.");
        }
        return parsed;
    }

    // The parsed name, or InvalidArgument naming the field.
    public ResourceName Parse(string name, string field)
    {
        var violations = new FieldViolations();
        var parsed = Parse(name, field, violations);
        violations.ThrowIfAny();
        return parsed!;
    }

    public override string ToString() => Template;

    private sealed record Segment(string Literal, string? Variable, bool IsInt)
    {
        // Nine digits at most: an int, and more than any year, version or sequence needs.
        private const int MaxDigits = 9;

        public static Segment Of(string part)
        {
            if (part.Length > 2 && part[0] == '{' && part[^1] == '}')
            {
                var inner = part[1..^1];
                var isInt = inner.EndsWith(":int", StringComparison.Ordinal);
                return new Segment(part, isInt ? inner[..^4] : inner, isInt);
            }
            if (part.Length == 0 || part.Contains('{') || part.Contains('*'))
            {
                throw new ArgumentException($"'{part}' is not a literal segment or a {{variable}}.", nameof(part));
            }
            return new Segment(part, null, false);
        }

        public bool Accepts(string part) =>
            Variable is null ? part == Literal
            : IsInt ? part.Length is > 0 and <= MaxDigits && part.All(char.IsAsciiDigit)
            : ResourceId.IsValid(part);
    }
}
