namespace Finsam.Sie;

// One field of a record line: a word or quoted text, or an object list { dim obj dim obj }.
public sealed record SieToken(string Text, IReadOnlyList<string>? Objects = null)
{
    public bool IsObjectList => Objects is not null;
}
