using System.Collections;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Finsam.ServiceKit.Grpc;

// AIP-134: an update names the fields it replaces; an empty mask replaces all of them.
public static class UpdateMasks
{
    public static IReadOnlySet<string> Resolve(FieldMask? mask, IReadOnlyCollection<string> updatable, string field, FieldViolations violations)
    {
        if (mask is null || mask.Paths.Count == 0 || mask.Paths is [ "*" ])
        {
            return updatable.ToHashSet(StringComparer.Ordinal);
        }

        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in mask.Paths)
        {
            if (updatable.Contains(path))
            {
                paths.Add(path);
            }
            else
            {
                violations.Add(field, ViolationReason.NotAllowed, $"'{path}' cannot be updated; updatable fields are {string.Join(", ", updatable)}.");
            }
        }
        return paths;
    }

    // Copies the named top-level fields from the request's resource onto the stored one:
    // repeated fields and maps are replaced whole, an unset optional field is cleared.
    public static void Apply(IMessage target, IMessage source, IReadOnlySet<string> paths)
    {
        foreach (var path in paths)
        {
            var field = target.Descriptor.FindFieldByName(path);
            if (field.IsMap)
            {
                var map = (IDictionary)field.Accessor.GetValue(target);
                map.Clear();
                foreach (DictionaryEntry entry in (IDictionary)field.Accessor.GetValue(source))
                {
                    map.Add(entry.Key, entry.Value);
                }
            }
            else if (field.IsRepeated)
            {
                var list = (IList)field.Accessor.GetValue(target);
                list.Clear();
                foreach (var item in (IList)field.Accessor.GetValue(source))
                {
                    list.Add(item);
                }
            }
            else if (field.HasPresence && !field.Accessor.HasValue(source))
            {
                field.Accessor.Clear(target);
            }
            else
            {
                field.Accessor.SetValue(target, field.Accessor.GetValue(source));
            }
        }
    }
}
