using System.Net;
using System.Text.RegularExpressions;

namespace Finsam.SignInTesting;

// What the browser got for one request: the status, where a redirect points, the page.
public sealed partial record Answer(HttpStatusCode Status, Uri? Location, string Html, HttpResponseMessage Response)
{
    // What a page must never show a person: a stack trace, a type or library's name, an
    // internal address, OpenIddict's error ids.
    private static readonly string[] InternalWords = ["   at ", "Exception", "System.", "Microsoft.", "OpenIddict", "openiddict", "http://identity", "localhost:"];

    public bool IsRedirect => (int)Status is >= 300 and < 400 && Location is not null;

    // The page's text as a person reads it: its body without markup, entities decoded,
    // spaces collapsed.
    public string Text => WebUtility.HtmlDecode(Spaces().Replace(Tags().Replace(Head().Replace(Html, " "), " "), " ")).Trim();

    // A redirect's query parameters (a code and state, or an error, for the client app).
    public IReadOnlyDictionary<string, string> Query => Location is null
        ? new Dictionary<string, string>()
        : Location.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => Uri.UnescapeDataString(pair[0]), pair => pair.Length > 1 ? Uri.UnescapeDataString(pair[1].Replace('+', ' ')) : "");

    public IReadOnlyList<string> Internals =>
        [.. InternalWords.Where(word => Html.Contains(word, StringComparison.Ordinal)), .. Namespaces().Matches(Html).Select(match => match.Value)];

    [GeneratedRegex(@"Finsam\.[A-Z]\w*|\bID[0-9]{4}\b")]
    private static partial Regex Namespaces();

    [GeneratedRegex("<head>.*</head>", RegexOptions.Singleline)]
    private static partial Regex Head();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
