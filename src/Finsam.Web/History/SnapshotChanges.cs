using System.Text.Json;
using Finsam.Web.Formatting;

namespace Finsam.Web.History;

// What a change altered: an audit record's two snapshots of the resource (proto3 JSON: lowerCamel
// names, 64-bit integers as strings, fields at their default left out) flattened to fields and
// compared. Amounts in öre are shown in kronor, as everywhere in the app.
public static class SnapshotChanges
{
    // The record itself says which resource changed and when: the snapshot's own name and time
    // stamps tell nothing more.
    private static readonly HashSet<string> Stamps = new(StringComparer.Ordinal) { "name", "createTime", "updateTime" };

    public static IReadOnlyList<FieldChange> Between(string beforeJson, string afterJson)
    {
        var before = Fields(beforeJson);
        var after = Fields(afterJson);
        return [.. before.Keys.Concat(after.Keys).Distinct(StringComparer.Ordinal)
            .Where(field => !Stamps.Contains(field))
            .Select(field => new FieldChange(field, before.GetValueOrDefault(field, ""), after.GetValueOrDefault(field, "")))
            .Where(change => change.Before != change.After)];
    }

    // Every leaf of the snapshot by its path, in the snapshot's order; none for an empty snapshot.
    private static Dictionary<string, string> Fields(string json)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return fields;
        }
        using var document = JsonDocument.Parse(json);
        Flatten(document.RootElement, "", "", fields);
        return fields;
    }

    private static void Flatten(JsonElement element, string path, string name, Dictionary<string, string> fields)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Flatten(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", property.Name, fields);
                }
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Flatten(item, $"{path}[{index++}]", name, fields);
                }
                break;
            case JsonValueKind.Null or JsonValueKind.Undefined:
                break;
            default:
                fields[path] = Text(element, name);
                break;
        }
    }

    private static string Text(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.True => "ja",
        JsonValueKind.False => "nej",
        JsonValueKind.String when IsAmount(name) && long.TryParse(value.GetString(), out var ore) => Kronor.Format(ore),
        JsonValueKind.Number when IsAmount(name) && value.TryGetInt64(out var ore) => Kronor.Format(ore),
        JsonValueKind.String => value.GetString()!,
        _ => value.GetRawText(),
    };

    // The contracts name every amount in öre so: amount_ore, opening_equity_ore (JSON: amountOre).
    private static bool IsAmount(string name) =>
        name.EndsWith("Ore", StringComparison.Ordinal) || name.EndsWith("_ore", StringComparison.Ordinal);
}
