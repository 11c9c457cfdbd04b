using System.Globalization;

namespace Finsam.ServiceKit.Resources;

// A name that matched a ResourcePattern, with its ids by variable.
public sealed class ResourceName(string name, IReadOnlyDictionary<string, string> ids)
{
    public string Name { get; } = name;

    public string this[string variable] =>
        ids.TryGetValue(variable, out var id) ? id : throw new ArgumentException($"'{Name}' has no {{{variable}}}.", nameof(variable));

    // Every tenant-rooted pattern names it {federation}.
    public string Federation => this["federation"];

    // A variable marked ":int" in the pattern (only digits matched).
    public int Int(string variable) => int.Parse(this[variable], NumberStyles.None, CultureInfo.InvariantCulture);

    public int Year => Int("year");

    public override string ToString() => Name;
}
