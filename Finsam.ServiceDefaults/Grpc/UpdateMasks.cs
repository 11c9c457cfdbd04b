using Google.Protobuf.WellKnownTypes;

namespace Finsam.ServiceDefaults.Grpc;

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
                violations.Add(field, $"'{path}' cannot be updated; updatable fields are {string.Join(", ", updatable)}.");
            }
        }
        return paths;
    }
}
