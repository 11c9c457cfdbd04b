using System.Collections;
using System.Text.RegularExpressions;
using Google.Api;
using Google.Protobuf;
using Google.Protobuf.Collections;
using Google.Protobuf.Reflection;

namespace Finsam.SystemTests.Security;

// The resource-name fields of a request, set or not, in every message it carries; and a way
// to set one by its path ("decision.effort", "federations[0].federation").
public static partial class NameFields
{
    public static IEnumerable<(string Path, string Value)> Of(IMessage message, string prefix = "")
    {
        foreach (var field in message.Descriptor.Fields.InDeclarationOrder().Where(f => !f.IsMap))
        {
            var path = prefix + field.Name;
            var value = field.Accessor.GetValue(message);
            if (IsResourceName(field))
            {
                if (field.IsRepeated)
                {
                    var items = (RepeatedField<string>)value;
                    for (var i = 0; i < items.Count; i++)
                    {
                        yield return ($"{path}[{i}]", items[i]);
                    }
                }
                else
                {
                    yield return (path, (string)value);
                }
            }
            else if (field.FieldType == FieldType.Message && field.IsRepeated)
            {
                var index = 0;
                foreach (var item in (IList)value)
                {
                    foreach (var found in Of((IMessage)item!, $"{path}[{index++}]."))
                    {
                        yield return found;
                    }
                }
            }
            else if (field.FieldType == FieldType.Message && value is IMessage nested)
            {
                foreach (var found in Of(nested, path + "."))
                {
                    yield return found;
                }
            }
        }
    }

    // As the contracts mark them: a resource_reference, or the name of a google.api.resource.
    public static bool IsResourceName(FieldDescriptor field) =>
        field.FieldType == FieldType.String
        && (field.GetOptions()?.HasExtension(ResourceExtensions.ResourceReference) == true
            || (field.Name == "name" && field.ContainingType.GetOptions()?.HasExtension(ResourceExtensions.Resource) == true));

    public static void Set(IMessage message, string path, string value)
    {
        var steps = path.Split('.');
        object current = message;
        for (var i = 0; i < steps.Length; i++)
        {
            var step = Step().Match(steps[i]);
            var target = (IMessage)current;
            var field = target.Descriptor.FindFieldByName(step.Groups["name"].Value);
            var last = i == steps.Length - 1;
            if (step.Groups["index"].Success)
            {
                var index = int.Parse(step.Groups["index"].Value);
                var list = (IList)field.Accessor.GetValue(target);
                if (last)
                {
                    list[index] = value;
                    return;
                }
                current = list[index]!;
            }
            else if (last)
            {
                field.Accessor.SetValue(target, value);
            }
            else
            {
                current = field.Accessor.GetValue(target);
            }
        }
    }

    [GeneratedRegex(@"^(?<name>[a-z_0-9]+)(\[(?<index>\d+)\])?$")]
    private static partial Regex Step();
}
