using System.Text.RegularExpressions;

namespace Finsam.ServiceKit.Grpc;

// Resource names by pattern (AIP-122): "federations/*/efforts/*" matches
// "federations/sundsvall/efforts/psykolog" and yields ["sundsvall", "psykolog"].
public static partial class ResourceNamePattern
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex Segment();

    public static string[]? Match(string name, string pattern)
    {
        var parts = name.Split('/');
        var expected = pattern.Split('/');
        if (parts.Length != expected.Length)
        {
            return null;
        }

        var ids = new List<string>();
        for (var i = 0; i < parts.Length; i++)
        {
            if (expected[i] == "*")
            {
                if (!Segment().IsMatch(parts[i]))
                {
                    return null;
                }
                ids.Add(parts[i]);
            }
            else if (parts[i] != expected[i])
            {
                return null;
            }
        }
        return [.. ids];
    }

    // The ids, or a field violation that shows the expected form.
    public static string[]? Match(string name, string pattern, string field, FieldViolations violations)
    {
        var ids = Match(name, pattern);
        if (ids is null)
        {
            violations.Add(field, ViolationReason.InvalidFormat, $"Expected {pattern.Replace("*", "{id}")}.");
        }
        return ids;
    }
}
