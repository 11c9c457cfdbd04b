namespace Finsam.Documents.Templating;

// The values a text's placeholders may use: strings, numbers, lists and nested
// dictionaries only, so a template reaches nothing else.
public sealed record PlaceholderValues(IReadOnlyDictionary<string, object?> Values, DateTimeOffset Today);
