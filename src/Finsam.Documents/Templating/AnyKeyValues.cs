using System.Diagnostics.CodeAnalysis;

namespace Finsam.Documents.Templating;

// Placeholder values keyed by what the federation names in its budget (a cost group's key),
// when a text is checked before there is a budget: every key holds the same sample value.
internal sealed class AnyKeyValues(object? sample) : IReadOnlyDictionary<string, object?>
{
    public object? this[string key] => sample;

    public IEnumerable<string> Keys => [];

    public IEnumerable<object?> Values => [];

    public int Count => 0;

    public bool ContainsKey(string key) => true;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        value = sample;
        return true;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => Enumerable.Empty<KeyValuePair<string, object?>>().GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
