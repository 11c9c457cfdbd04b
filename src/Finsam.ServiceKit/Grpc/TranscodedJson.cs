using System.Globalization;
using System.Text.Json;
using Google.Protobuf.Reflection;

namespace Finsam.ServiceKit.Grpc;

// Checks a JSON request against its contract before JSON transcoding reads it. Transcoding
// refuses a wrong value with its converter's message, which names the .NET type
// ("Error converting value ... to enum type Finsam.Contracts...") and not the field, or
// with no detail at all; this names the field (as the services do, proto names with
// indexes), says what is wanted and, for an enum, lists the valid names.
public static class TranscodedJson
{
    private const int MaxDepth = 32;

    public static void CheckBody(JsonElement body, MessageDescriptor message, string prefix, FieldViolations violations) =>
        CheckMessage(body, message, prefix, 0, violations);

    // A query parameter such as page_size=abc or filter.kind=NOPE; parameters that name no
    // field are left to transcoding, which ignores them.
    public static void CheckQuery(string key, IEnumerable<string?> values, MessageDescriptor message, FieldViolations violations)
    {
        var field = Resolve(message, key);
        if (field is null || field.FieldType == FieldType.Message && !IsScalarLike(field.MessageType))
        {
            return;
        }
        foreach (var value in values)
        {
            var problem = CheckText(value ?? "", field.FieldType == FieldType.Message ? null : field);
            if (problem is { } p)
            {
                violations.Add(key, p.Reason, p.Description);
            }
        }
    }

    private static FieldDescriptor? Resolve(MessageDescriptor message, string path)
    {
        FieldDescriptor? field = null;
        foreach (var part in path.Split('.'))
        {
            if (field is not null)
            {
                if (field.FieldType != FieldType.Message)
                {
                    return null;
                }
                message = field.MessageType;
            }
            field = FindField(message, part);
            if (field is null)
            {
                return null;
            }
        }
        return field;
    }

    private static FieldDescriptor? FindField(MessageDescriptor message, string name) =>
        message.FindFieldByName(name) ?? message.Fields.InDeclarationOrder().FirstOrDefault(f => f.JsonName == name);

    private static void CheckMessage(JsonElement json, MessageDescriptor message, string path, int depth, FieldViolations violations)
    {
        if (depth > MaxDepth)
        {
            return;
        }
        if (WellKnown(message) is { } wellKnown)
        {
            if (wellKnown(json) is { } problem)
            {
                violations.Add(PathOrBody(path), problem.Reason, problem.Description);
            }
            return;
        }
        if (json.ValueKind != JsonValueKind.Object)
        {
            violations.Add(PathOrBody(path), ViolationReason.InvalidType, $"Expected an object, got {Kind(json)}.");
            return;
        }
        foreach (var property in json.EnumerateObject())
        {
            var field = FindField(message, property.Name);
            var at = path.Length == 0 ? (field?.Name ?? property.Name) : $"{path}.{field?.Name ?? property.Name}";
            if (field is null)
            {
                violations.Add(at, ViolationReason.UnknownField, $"No such field in {message.Name}.");
                continue;
            }
            CheckField(property.Value, field, at, depth, violations);
        }
    }

    private static void CheckField(JsonElement json, FieldDescriptor field, string path, int depth, FieldViolations violations)
    {
        if (json.ValueKind == JsonValueKind.Null)
        {
            return;
        }
        if (field.IsMap)
        {
            if (json.ValueKind != JsonValueKind.Object)
            {
                violations.Add(path, ViolationReason.InvalidType, $"Expected an object (a map), got {Kind(json)}.");
                return;
            }
            var key = field.MessageType.FindFieldByNumber(1);
            var value = field.MessageType.FindFieldByNumber(2);
            foreach (var entry in json.EnumerateObject())
            {
                if (CheckText(entry.Name, key) is { } keyProblem)
                {
                    violations.Add($"{path}[{entry.Name}]", keyProblem.Reason, $"The key: {keyProblem.Description}");
                }
                CheckSingle(entry.Value, value, $"{path}[{entry.Name}]", depth, violations);
            }
            return;
        }
        if (field.IsRepeated)
        {
            if (json.ValueKind != JsonValueKind.Array)
            {
                violations.Add(path, ViolationReason.InvalidType, $"Expected a list (a JSON array), got {Kind(json)}.");
                return;
            }
            var index = 0;
            foreach (var item in json.EnumerateArray())
            {
                CheckSingle(item, field, $"{path}[{index++}]", depth, violations);
            }
            return;
        }
        CheckSingle(json, field, path, depth, violations);
    }

    private static void CheckSingle(JsonElement json, FieldDescriptor field, string path, int depth, FieldViolations violations)
    {
        if (json.ValueKind == JsonValueKind.Null)
        {
            return;
        }
        if (field.FieldType is FieldType.Message or FieldType.Group)
        {
            CheckMessage(json, field.MessageType, path, depth + 1, violations);
            return;
        }
        var problem = json.ValueKind switch
        {
            JsonValueKind.String => CheckText(json.GetString()!, field),
            JsonValueKind.Number => CheckNumber(json, field),
            JsonValueKind.True or JsonValueKind.False => field.FieldType == FieldType.Bool ? null : Wanted(field, json),
            _ => Wanted(field, json),
        };
        if (problem is { } p)
        {
            violations.Add(path, p.Reason, p.Description);
        }
    }

    private readonly record struct Problem(ViolationReason Reason, string Description);

    // A value given as text, as in JSON strings, map keys and query parameters. A null field
    // stands for a well-known wrapper or timestamp, whose text is checked by transcoding.
    private static Problem? CheckText(string text, FieldDescriptor? field) => field?.FieldType switch
    {
        null or FieldType.String => null,
        FieldType.Bytes => IsBase64(text) ? null : new(ViolationReason.InvalidFormat, "Expected base64."),
        FieldType.Bool => text is "true" or "false" ? null : new(ViolationReason.InvalidType, "Expected true or false."),
        FieldType.Enum => CheckEnumName(text, field.EnumType),
        FieldType.Double or FieldType.Float =>
            text is "NaN" or "Infinity" or "-Infinity" || double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                ? null : new(ViolationReason.InvalidType, "Expected a number."),
        _ => IsInteger(text, field.FieldType) ? null : new(ViolationReason.InvalidType, $"Expected {IntegerKind(field.FieldType)}."),
    };

    private static Problem? CheckNumber(JsonElement json, FieldDescriptor field) => field.FieldType switch
    {
        FieldType.Double or FieldType.Float => null,
        FieldType.Enum => json.TryGetInt32(out _) ? null : CheckEnumName(json.GetRawText(), field.EnumType),
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => json.TryGetInt32(out _) ? null : OutOfRange(field),
        FieldType.UInt32 or FieldType.Fixed32 => json.TryGetUInt32(out _) ? null : OutOfRange(field),
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => json.TryGetInt64(out _) ? null : OutOfRange(field),
        FieldType.UInt64 or FieldType.Fixed64 => json.TryGetUInt64(out _) ? null : OutOfRange(field),
        _ => Wanted(field, json),
    };

    private static Problem OutOfRange(FieldDescriptor field) => new(ViolationReason.OutOfRange, $"Expected {IntegerKind(field.FieldType)}.");

    private static Problem? CheckEnumName(string text, EnumDescriptor type) =>
        type.FindValueByName(text) is not null || int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
            ? null
            : new(ViolationReason.InvalidValue, $"'{Shorten(text)}' is not a valid value; valid values are {ValidNames(type)}.");

    // The zero value (..._UNSPECIFIED) means "not given", so it is not offered.
    public static string ValidNames(EnumDescriptor type) =>
        string.Join(", ", type.Values.Where(v => v.Number != 0 || !v.Name.EndsWith("UNSPECIFIED", StringComparison.Ordinal)).Select(v => v.Name));

    private static Problem Wanted(FieldDescriptor field, JsonElement json) => new(ViolationReason.InvalidType, field.FieldType switch
    {
        FieldType.String => $"Expected text (a JSON string), got {Kind(json)}.",
        FieldType.Bytes => $"Expected base64 text, got {Kind(json)}.",
        FieldType.Bool => $"Expected true or false, got {Kind(json)}.",
        FieldType.Enum => $"Expected one of {ValidNames(field.EnumType)}, got {Kind(json)}.",
        FieldType.Double or FieldType.Float => $"Expected a number, got {Kind(json)}.",
        _ => $"Expected {IntegerKind(field.FieldType)}, got {Kind(json)}.",
    });

    private static string IntegerKind(FieldType type) => type switch
    {
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => "a whole number (64-bit; as a number or a string of digits)",
        FieldType.UInt64 or FieldType.Fixed64 => "a whole number of at least zero (64-bit; as a number or a string of digits)",
        FieldType.UInt32 or FieldType.Fixed32 => "a whole number of at least zero (32-bit)",
        _ => "a whole number (32-bit)",
    };

    private static bool IsInteger(string text, FieldType type) => type switch
    {
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        FieldType.UInt64 or FieldType.Fixed64 => ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _),
        FieldType.UInt32 or FieldType.Fixed32 => uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _),
        _ => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
    };

    private static bool IsBase64(string text)
    {
        var standard = text.Replace('-', '+').Replace('_', '/');
        standard = standard.PadRight(standard.Length + (4 - standard.Length % 4) % 4, '=');
        return Convert.TryFromBase64String(standard, new byte[standard.Length], out _);
    }

    // Well-known types have a JSON form of their own; null for an ordinary message.
    private static Func<JsonElement, Problem?>? WellKnown(MessageDescriptor message) => message.FullName switch
    {
        "google.protobuf.Timestamp" => json => json.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(json.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? null : new(ViolationReason.InvalidFormat, "Expected a time as RFC 3339 text, such as 2022-03-01T12:00:00Z."),
        "google.protobuf.Duration" => json => json.ValueKind == JsonValueKind.String && json.GetString()!.EndsWith('s')
                ? null : new(ViolationReason.InvalidFormat, "Expected a duration as seconds, such as \"1.5s\"."),
        "google.protobuf.FieldMask" => json => json.ValueKind == JsonValueKind.String
                ? null : new(ViolationReason.InvalidType, $"Expected field names separated by commas, got {Kind(json)}."),
        "google.protobuf.Struct" or "google.protobuf.Value" or "google.protobuf.ListValue" or "google.protobuf.Any" => _ => null,
        _ when IsScalarLike(message) => json => json.ValueKind == JsonValueKind.Null ? null
            : json.ValueKind == JsonValueKind.String ? CheckText(json.GetString()!, message.FindFieldByNumber(1))
            : json.ValueKind == JsonValueKind.Number ? CheckNumber(json, message.FindFieldByNumber(1))
            : json.ValueKind is JsonValueKind.True or JsonValueKind.False && message.FindFieldByNumber(1).FieldType == FieldType.Bool ? null
            : Wanted(message.FindFieldByNumber(1), json),
        _ => null,
    };

    // The wrappers (google.protobuf.Int32Value and the others) are written as their value.
    private static bool IsScalarLike(MessageDescriptor message) =>
        message.File.Package == "google.protobuf" && message.Name.EndsWith("Value", StringComparison.Ordinal)
        && message.Name is not ("Value" or "ListValue");

    private static string Kind(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.String => "text",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    private static string PathOrBody(string path) => path.Length == 0 ? "body" : path;

    private static string Shorten(string text) => text.Length <= 100 ? text : text[..100] + "…";
}
