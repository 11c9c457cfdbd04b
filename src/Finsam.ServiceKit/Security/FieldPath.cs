using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Finsam.ServiceKit.Security;

// A path of singular fields through a request, as an access rule declares it: "allocation.name".
public sealed class FieldPath
{
    private readonly IReadOnlyList<FieldDescriptor> _fields;

    private FieldPath(string text, IReadOnlyList<FieldDescriptor> fields)
    {
        Text = text;
        _fields = fields;
    }

    public string Text { get; }

    public FieldDescriptor Leaf => _fields[^1];

    // The path in the request type, or why it cannot be one: every step but the last a
    // singular message field, the last a singular string.
    public static FieldPath Resolve(MessageDescriptor request, string text)
    {
        var fields = new List<FieldDescriptor>();
        var type = request;
        var names = text.Split('.');
        for (var i = 0; i < names.Length; i++)
        {
            var field = type?.FindFieldByName(names[i])
                ?? throw new InvalidOperationException($"{request.FullName} has no field '{text}'.");
            var last = i == names.Length - 1;
            if (field.IsRepeated || field.IsMap || (last ? field.FieldType != FieldType.String : field.FieldType != FieldType.Message))
            {
                throw new InvalidOperationException($"'{text}' in {request.FullName} is not a path of singular messages to a string.");
            }
            fields.Add(field);
            type = last ? null : field.MessageType;
        }
        return new FieldPath(text, fields);
    }

    // The string at the end of the path; "" where a message on the way is not set.
    public string Read(IMessage request)
    {
        object? value = request;
        foreach (var field in _fields)
        {
            if (value is not IMessage message)
            {
                return "";
            }
            value = field.Accessor.GetValue(message);
        }
        return value as string ?? "";
    }
}
