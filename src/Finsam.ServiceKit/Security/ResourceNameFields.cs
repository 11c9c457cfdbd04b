using System.Collections.Concurrent;
using Google.Api;
using Google.Protobuf;
using Google.Protobuf.Collections;
using Google.Protobuf.Reflection;

namespace Finsam.ServiceKit.Security;

// The resource names a request carries, found by the contracts' annotations rather than by
// field names: fields marked google.api.resource_reference, and the "name" of a message
// marked google.api.resource. Nested and repeated messages are searched too.
public static class ResourceNameFields
{
    // Contracts nest a few levels; a deeper message is no request of ours.
    private const int MaxDepth = 16;

    // Asked for every field of every request: GetOptions() copies a field's options each time
    // it is called, so the answer is kept per field (the contracts' fields, a fixed set).
    private static readonly ConcurrentDictionary<FieldDescriptor, bool> Known = new();

    public static bool IsResourceName(FieldDescriptor field) => Known.GetOrAdd(field, IsAnnotatedAsResourceName);

    private static bool IsAnnotatedAsResourceName(FieldDescriptor field) =>
        field.FieldType == FieldType.String
        && (field.GetOptions()?.HasExtension(ResourceExtensions.ResourceReference) == true
            || (field.Name == "name" && field.ContainingType.GetOptions()?.HasExtension(ResourceExtensions.Resource) == true));

    // Every resource-name value set in the message, with its path as a field violation names it.
    public static IEnumerable<(string Path, string Value)> In(IMessage message) => In(message, "", 0);

    private static IEnumerable<(string Path, string Value)> In(IMessage message, string prefix, int depth)
    {
        if (depth > MaxDepth)
        {
            yield break;
        }
        foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
        {
            // Map values in the contracts are plain text (row labels), never names.
            if (field.IsMap)
            {
                continue;
            }
            var path = prefix + field.Name;
            var value = field.Accessor.GetValue(message);
            if (IsResourceName(field))
            {
                if (field.IsRepeated)
                {
                    var index = 0;
                    foreach (var item in (RepeatedField<string>)value)
                    {
                        yield return ($"{path}[{index++}]", item);
                    }
                }
                else if (value is string { Length: > 0 } name)
                {
                    yield return (path, name);
                }
            }
            else if (field.FieldType == FieldType.Message)
            {
                if (field.IsRepeated)
                {
                    var index = 0;
                    foreach (var item in (System.Collections.IList)value)
                    {
                        foreach (var found in In((IMessage)item!, $"{path}[{index++}].", depth + 1))
                        {
                            yield return found;
                        }
                    }
                }
                else if (value is IMessage nested)
                {
                    foreach (var found in In(nested, path + ".", depth + 1))
                    {
                        yield return found;
                    }
                }
            }
        }
    }
}
