using System.Net;
using System.Text.RegularExpressions;

namespace Finsam.SignInTesting;

// A page's form as a browser submits it: its action and every input's name and value
// (the hidden ones included), to which a test adds what a person types.
public sealed partial record HtmlForm(string Action, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    public static HtmlForm Of(string html)
    {
        var form = FormTag().Match(html);
        if (!form.Success)
        {
            throw new InvalidOperationException($"No form on the page:\n{html}");
        }
        var fields = Inputs().Matches(html)
            .Select(input => Attributes(input.Value))
            .Where(attributes => attributes.ContainsKey("name"))
            .Select(attributes => KeyValuePair.Create(attributes["name"], attributes.GetValueOrDefault("value") ?? ""))
            .ToList();
        return new HtmlForm(WebUtility.HtmlDecode(Attributes(form.Value)["action"]), fields);
    }

    // The fields with these set (replaced, or added).
    public IReadOnlyList<KeyValuePair<string, string>> With(params (string Name, string Value)[] typed) =>
        [.. Fields.Where(field => !typed.Any(t => t.Name == field.Key)), .. typed.Select(t => KeyValuePair.Create(t.Name, t.Value))];

    public string? this[string name] => Fields.FirstOrDefault(field => field.Key == name).Value;

    private static Dictionary<string, string> Attributes(string tag) =>
        Attribute().Matches(tag).ToDictionary(match => match.Groups["name"].Value, match => WebUtility.HtmlDecode(match.Groups["value"].Value));

    [GeneratedRegex("<form\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex FormTag();

    // Inputs, and the submit button when it carries a name and value.
    [GeneratedRegex("<(input|button)\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Inputs();

    [GeneratedRegex("(?<name>[a-zA-Z_:-]+)=\"(?<value>[^\"]*)\"")]
    private static partial Regex Attribute();
}
